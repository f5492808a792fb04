/**
 * wx.setClipboardData: https://developers.weixin.qq.com/miniprogram/dev/api/device/clipboard/wx.setClipboardData.html
 * data (string, required). (Whether writing the clipboard counts as a privacy-guide API is not
 * confirmed by the pages read; the fake does not gate it.)
 */
import { expectType, invoke, onReset } from './runtime';

export const clipboard = { text: '' };

onReset(() => {
  clipboard.text = '';
});

export function setClipboardData(opts: Record<string, unknown>): unknown {
  const api = 'setClipboardData';
  return invoke(api, opts, () => {
    expectType(api, 'data', opts.data, 'String', true);
    clipboard.text = opts.data as string;
    return { errMsg: 'setClipboardData:ok' };
  });
}
