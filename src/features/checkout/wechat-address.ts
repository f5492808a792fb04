import Taro from '@tarojs/taro';
import type { Address } from '../../../types/order';

export type PickAddressResult = { status: 'ok'; address: Address } | { status: 'cancelled' } | { status: 'refused' } | { status: 'failed' };

function errnoOf(err: unknown): number | undefined {
  return typeof err === 'object' && err !== null && 'errno' in err ? Number((err as { errno: unknown }).errno) : undefined;
}

function errMsgOf(err: unknown): string {
  return typeof err === 'object' && err !== null && 'errMsg' in err ? String((err as { errMsg: unknown }).errMsg) : '';
}

/**
 * The platform's privacy authorization before reading personal data (WeChat shows its own privacy
 * popup when the user has not agreed yet). Resolves false when the user refuses. Older base
 * libraries have no such API: nothing to ask there.
 */
function requirePrivacy(): Promise<boolean> {
  if (typeof Taro.requirePrivacyAuthorize !== 'function') return Promise.resolve(true);
  return new Promise((resolve) => {
    try {
      Taro.requirePrivacyAuthorize({ success: () => resolve(true), fail: () => resolve(false) });
    } catch {
      resolve(true);
    }
  });
}

/** WeChat's address as one line: 省 市 区 街道 + 详细地址 (a municipality's city is not repeated). */
export function addressFromWechat(res: Pick<Taro.chooseAddress.SuccessCallbackResult, 'userName' | 'telNumber' | 'provinceName' | 'cityName' | 'countyName' | 'detailInfo'> & { streetName?: string; detailInfoNew?: string }): Address {
  const parts = [res.provinceName, res.cityName !== res.provinceName ? res.cityName : '', res.countyName, res.streetName ?? '', res.detailInfoNew || res.detailInfo];
  const detail = parts
    .map((p) => (p ?? '').trim())
    .filter((p, i, all) => p !== '' && all.indexOf(p) === i)
    .join('');
  return { name: (res.userName ?? '').trim(), phone: (res.telNumber ?? '').trim(), detail };
}

/** Privacy authorization, then WeChat's own address picker (declared in app.config's requiredPrivateInfos). */
export async function pickWechatAddress(): Promise<PickAddressResult> {
  if (!(await requirePrivacy())) return { status: 'refused' };
  try {
    const res = await Taro.chooseAddress();
    return { status: 'ok', address: addressFromWechat(res) };
  } catch (err) {
    const msg = errMsgOf(err);
    if (/cancel/i.test(msg)) return { status: 'cancelled' };
    // errno 112: the address is not declared in the MP admin's privacy guide — the app's fault, not
    // the user's refusal (https://developers.weixin.qq.com/miniprogram/dev/framework/user-privacy/PrivacyAuthorize.html).
    if (errnoOf(err) === 112 || /not declared/i.test(msg)) return { status: 'failed' };
    if (/privacy|auth den|auth deny|permission/i.test(msg)) return { status: 'refused' };
    return { status: 'failed' };
  }
}
