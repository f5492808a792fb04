/**
 * wx.previewImage: https://developers.weixin.qq.com/miniprogram/dev/api/media/image/wx.previewImage.html
 * - urls (string[], required): the images; current (string): the one shown first (defaults to urls[0]).
 *   In the full-screen preview the user can long-press to send, save or recognise the image — the
 *   fallback when the share menu is not there.
 */
import { expectType, fail, invoke, onReset } from './runtime';

export const preview = { shown: [] as string[][] };

onReset(() => {
  preview.shown = [];
});

export function previewImage(opts: Record<string, unknown>): unknown {
  const api = 'previewImage';
  return invoke(api, opts, () => {
    expectType(api, 'urls', opts.urls, 'Array', true);
    expectType(api, 'current', opts.current, 'String', false);
    const urls = opts.urls as unknown[];
    if (urls.length === 0 || urls.some((u) => typeof u !== 'string' || u === '')) fail(api, 'parameter error: urls must be non-empty strings');
    preview.shown.push(urls as string[]);
    return { errMsg: 'previewImage:ok' };
  });
}
