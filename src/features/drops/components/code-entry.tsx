import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Input, Text, View } from '@tarojs/components';
import { PICKUP_CODE_LENGTH } from '../../../../types/drop';
import { dropsUi } from '../../../../types/zh-CN/drops-ui';
import { codeDigits, type VerifyOutcome } from '../use-drop';
import './code-entry.scss';

/**
 * 核销取货码: the seller types the buyer's six digits, or in WeChat scans them. The buyer's order page shows the
 * code as text and as a QR code whose content is exactly those six digits, so what the scan reads is the code.
 */
export function CodeEntry({ verify }: { verify: (code: string) => Promise<VerifyOutcome> }) {
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<VerifyOutcome | null>(null);

  const submit = async (raw: string) => {
    if (busy) return;
    setBusy(true);
    setOutcome(null);
    try {
      const result = await verify(raw);
      setOutcome(result);
      if (result.ok) setCode('');
    } finally {
      setBusy(false);
    }
  };

  /**
   * wx.scanCode opens WeChat's scanner and answers `result`, the code's content
   * (https://developers.weixin.qq.com/miniprogram/dev/api/device/scan/wx.scanCode.html); the camera only
   * (onlyFromCamera: the buyer stands there) and QR codes only (scanType ['qrCode']). Closing the scanner is a
   * failure too ("scanCode:fail cancel"), no error worth a word; any other failure says to type the code.
   */
  const scan = async () => {
    let result: string;
    try {
      ({ result } = await Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode'] }));
    } catch (err) {
      const errMsg = typeof err === 'object' && err !== null && 'errMsg' in err ? String(err.errMsg) : '';
      if (!/cancel/.test(errMsg)) setOutcome({ ok: false, message: dropsUi.code.scanFailed });
      return;
    }
    const digits = result.trim();
    if (codeDigits(digits) !== digits || digits.length !== PICKUP_CODE_LENGTH) {
      setOutcome({ ok: false, message: dropsUi.code.scannedInvalid });
      return;
    }
    setCode(digits);
    await submit(digits);
  };

  return (
    <View className='code-entry'>
      <Text className='code-entry__title'>{dropsUi.code.heading}</Text>
      <Text className='code-entry__hint'>{dropsUi.code.hint}</Text>
      <View className='code-entry__row'>
        <Input
          className='code-entry__input pickup-code-input'
          type='number'
          maxlength={PICKUP_CODE_LENGTH}
          value={code}
          placeholder={dropsUi.code.placeholder}
          onInput={(e) => {
            setCode(codeDigits(e.detail.value));
            setOutcome(null);
          }}
        />
        <View className={`code-entry__button verify-code${busy ? ' code-entry__button--busy' : ''}`} hoverClass='code-entry__button--pressed' onClick={() => void submit(code)}>
          {busy ? dropsUi.code.submitting : dropsUi.code.submit}
        </View>
        {process.env.TARO_ENV === 'weapp' ? (
          <View className='code-entry__scan scan-code' hoverClass='code-entry__button--pressed' onClick={() => void scan()}>
            {dropsUi.code.scan}
          </View>
        ) : null}
      </View>
      {outcome ? (
        <View className={`code-entry__outcome code-outcome code-outcome--${outcome.ok ? 'ok' : 'error'}`} role='status'>
          {outcome.message}
        </View>
      ) : null}
    </View>
  );
}
