/**
 * wx.chooseMedia (2.10.0): https://developers.weixin.qq.com/miniprogram/dev/api/media/video/wx.chooseMedia.html
 * count 1–9 (number), mediaType ['image' | 'video' | 'mix'], sourceType ['album' | 'camera'],
 * sizeType ['original' | 'compressed']; success { tempFiles: [{ tempFilePath, size, fileType }], type };
 * the user closing the picker is `chooseMedia:fail cancel`. A privacy API (选中的照片或视频): ./privacy.ts.
 */
import { privacyGate } from './privacy';
import { expectType, fail, invoke, onReset, wx } from './runtime';

export const mediaPicker = {
  /** the images the user picks next (sizes in bytes); null: they close the picker */
  pick: null as Array<{ ext: string; size: number }> | null,
};

onReset(() => {
  mediaPicker.pick = null;
});

export function chooseMedia(opts: Record<string, unknown>): unknown {
  const api = 'chooseMedia';
  return invoke(api, opts, async () => {
    expectType(api, 'count', opts.count, 'Number', false);
    expectType(api, 'mediaType', opts.mediaType, 'Array', false);
    expectType(api, 'sourceType', opts.sourceType, 'Array', false);
    expectType(api, 'sizeType', opts.sizeType, 'Array', false);
    const count = (opts.count as number | undefined) ?? 9;
    if (count < 1 || count > 9) fail(api, `parameter error: count ${count} (1–9)`);
    await privacyGate(api);
    if (!mediaPicker.pick) fail(api, 'cancel');
    const tempFiles = mediaPicker.pick.slice(0, count).map((p) => ({ tempFilePath: wx.tempFile('media', p.ext), size: p.size, fileType: 'image' }));
    return { tempFiles, type: 'image', errMsg: 'chooseMedia:ok' };
  });
}
