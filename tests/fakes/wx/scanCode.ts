/**
 * wx.scanCode: https://developers.weixin.qq.com/miniprogram/dev/api/device/scan/wx.scanCode.html
 * - onlyFromCamera (boolean, default false): the camera only, no picture from the album;
 *   scanType (string[], default ['barCode', 'qrCode', 'wxCode']; legal: barCode, qrCode, wxCode, datamatrix, pdf417).
 * - success: { result (the code's content), scanType (e.g. QR_CODE), charSet, path (only for this mini program's
 *   own codes), rawData (base64) }.
 * Closing the scanner is a failure; its wording ("scanCode:fail cancel") is WeChat's usual one for a user's
 * cancel, not quoted on that page.
 */
import { expectType, fail, invoke, onReset } from './runtime';

const SCAN_TYPES = ['barCode', 'qrCode', 'wxCode', 'datamatrix', 'pdf417'];

/** What the seller points the camera at: the QR's content, closing the scanner, or a failure of another kind (its wording is not documented). */
export const scanner = { answer: 'scan' as 'scan' | 'cancel' | 'fail', content: '' };

onReset(() => {
  scanner.answer = 'scan';
  scanner.content = '';
});

export function scanCode(opts: Record<string, unknown> = {}): unknown {
  const api = 'scanCode';
  return invoke(api, opts, () => {
    expectType(api, 'onlyFromCamera', opts.onlyFromCamera, 'Boolean', false);
    expectType(api, 'scanType', opts.scanType, 'Array', false);
    const types = (opts.scanType as unknown[] | undefined) ?? ['barCode', 'qrCode', 'wxCode'];
    if (types.some((t) => typeof t !== 'string' || !SCAN_TYPES.includes(t))) fail(api, 'parameter error: scanType');
    if (scanner.answer === 'cancel') fail(api, 'cancel');
    if (scanner.answer === 'fail') fail(api, 'system error');
    return { errMsg: 'scanCode:ok', result: scanner.content, scanType: 'QR_CODE', charSet: 'UTF-8', rawData: Buffer.from(scanner.content).toString('base64') };
  });
}
