import * as cloud from 'wx-server-sdk';
import type { FileStore } from '../core/runtime/ports';

/**
 * CloudBase storage for files a function makes for its caller (CSV exports):
 * - `cloud.uploadFile({ cloudPath, fileContent: Buffer })` → { fileID }; the same path again overwrites —
 *   https://developers.weixin.qq.com/miniprogram/dev/wxcloudservice/wxcloud/reference-sdk-api/storage/uploadFile/server.uploadFile.html
 * - `cloud.getTempFileURL({ fileList: [{ fileID, maxAge }] })` → [{ tempFileURL, status (0 成功) }], at most 50 at once;
 *   a link to a public-read file does not expire, so the file's deletion is what ends it —
 *   https://developers.weixin.qq.com/miniprogram/dev/wxcloudservice/wxcloud/reference-sdk-api/storage/Cloud.getTempFileURL.html
 * - `cloud.deleteFile({ fileList })`, at most 50 file ids —
 *   https://developers.weixin.qq.com/miniprogram/dev/wxcloudservice/wxcloud/reference-sdk-api/storage/Cloud.deleteFile.html
 * The path's key is 128 random bits: nobody finds the file without being handed its link or id.
 */
export function cloudFiles(): FileStore {
  return {
    async put({ key, ext, bytes, maxAgeSeconds }) {
      const { fileID } = await cloud.uploadFile({ cloudPath: `exports/${key}.${ext}`, fileContent: bytes });
      const { fileList } = await cloud.getTempFileURL({ fileList: [{ fileID, maxAge: maxAgeSeconds }] });
      const link = fileList[0];
      if (!link || link.status !== 0 || !link.tempFileURL) throw new Error(`getTempFileURL ${fileID}: ${link?.errMsg ?? 'no answer'}`);
      return { url: link.tempFileURL, fileID, ref: fileID };
    },
    async remove(refs) {
      for (let i = 0; i < refs.length; i += 50) await cloud.deleteFile({ fileList: refs.slice(i, i + 50) });
    },
  };
}
