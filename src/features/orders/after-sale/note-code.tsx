import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { afterSalesUi } from '../../../../types/zh-CN/after-sales-ui';
import { toast } from '../../../utils/feedback';
import './after-sale.scss';

const N = afterSalesUi.noteCode;

/**
 * The transfer's 4-digit note code, big and copyable, for the buyer to write in the transfer's note.
 * wx.setClipboardData shows WeChat's own "内容已复制" toast on success
 * (https://developers.weixin.qq.com/miniprogram/dev/api/device/clipboard/wx.setClipboardData.html);
 * the browser build has none, so ours says it there.
 */
export function NoteCode({ code }: { code: string }) {
  const copy = () => {
    void Taro.setClipboardData({ data: code })
      .then(() => {
        if (process.env.TARO_ENV !== 'weapp') toast(N.copied);
      })
      .catch(() => undefined);
  };
  return (
    <View className='note-code-box'>
      <Text className='transfer__heading'>{N.label}</Text>
      <View className='note-code'>
        <Text selectable className='note-code__digits note-code-digits'>
          {code}
        </Text>
        <View className='note-code__copy note-code-copy' onClick={copy}>
          {N.copy}
        </View>
      </View>
      <Text className='transfer__explain'>{N.explain}</Text>
    </View>
  );
}
