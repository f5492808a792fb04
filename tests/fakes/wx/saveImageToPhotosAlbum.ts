/**
 * wx.saveImageToPhotosAlbum: https://developers.weixin.qq.com/miniprogram/dev/api/media/image/wx.saveImageToPhotosAlbum.html
 * - filePath (string, required): a temporary or permanent local file, not a network address;
 * - needs the scope.writePhotosAlbum authorization (the user may refuse: "saveImageToPhotosAlbum:fail auth deny")
 *   and the privacy guide's 相册（仅写入）权限 (./privacy.ts).
 */
import { privacyGate } from './privacy';
import { expectType, fail, invoke, isLocalPath, onReset, wx } from './runtime';

export const album = {
  /** what the user answers to "保存到相册" authorization */
  allow: true,
  saved: [] as string[],
};

onReset(() => {
  album.allow = true;
  album.saved = [];
});

export function saveImageToPhotosAlbum(opts: Record<string, unknown>): unknown {
  const api = 'saveImageToPhotosAlbum';
  return invoke(api, opts, async () => {
    expectType(api, 'filePath', opts.filePath, 'String', true);
    const filePath = opts.filePath as string;
    if (!isLocalPath(filePath) || !wx.files.has(filePath)) fail(api, `invalid file path ${filePath.slice(0, 40)}`);
    await privacyGate(api);
    if (!album.allow) fail(api, 'auth deny');
    album.saved.push(filePath);
    return { errMsg: 'saveImageToPhotosAlbum:ok' };
  });
}
