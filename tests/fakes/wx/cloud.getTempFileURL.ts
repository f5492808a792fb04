/**
 * wx.cloud.getTempFileURL: https://developers.weixin.qq.com/miniprogram/dev/wxcloudservice/wxcloud/reference-sdk-api/storage/Cloud.getTempFileURL.html
 * `fileList` (String[] of file ids, required, at most 50) → { fileList: [{ fileID, tempFileURL, maxAge, status, errMsg }] };
 * a file that is not stored comes back with status ≠ 0 and an empty tempFileURL.
 */
import { requireInit } from './cloud.init';
import { cloudStorage } from './cloud.uploadFile';
import { expectType, fail, invoke } from './runtime';

export function getTempFileURL(opts: Record<string, unknown>): unknown {
  const api = 'cloud.getTempFileURL';
  return invoke(api, opts, () => {
    requireInit(api);
    expectType(api, 'fileList', opts.fileList, 'Array', true);
    const list = opts.fileList as unknown[];
    if (list.length > 50) fail(api, 'fileList length exceeds 50');
    const stored = new Set(cloudStorage.files.values());
    return {
      errMsg: 'cloud.getTempFileURL:ok',
      fileList: list.map((id) => {
        const fileID = String(id);
        const ok = stored.has(fileID);
        return {
          fileID,
          tempFileURL: ok ? `https://${fileID.slice('cloud://'.length).split('/')[0]}.tcb.qcloud.la/${fileID.split('/').slice(3).join('/')}` : '',
          maxAge: 7200,
          status: ok ? 0 : -1,
          errMsg: ok ? 'ok' : 'STORAGE_FILE_NONEXIST',
        };
      }),
    };
  });
}
