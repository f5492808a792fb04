/**
 * wx.cloud.downloadFile: https://developers.weixin.qq.com/miniprogram/dev/wxcloudservice/wxcloud/reference-sdk-api/storage/downloadFile/client.downloadFile.html
 * fileID (String, required) → { tempFilePath, statusCode, errMsg: 'downloadFile:ok' }; a file that is not
 * in storage (or that the storage permission hides from this user) fails.
 */
import { requireInit } from './cloud.init';
import { cloudStorage } from './cloud.uploadFile';
import { expectType, fail, invoke, wx } from './runtime';

export function downloadFile(opts: Record<string, unknown>): unknown {
  const api = 'cloud.downloadFile';
  return invoke(api, opts, () => {
    requireInit(api);
    expectType(api, 'fileID', opts.fileID, 'String', true);
    const fileID = opts.fileID as string;
    if (![...cloudStorage.files.values()].includes(fileID)) fail('downloadFile', `STORAGE_FILE_NONEXIST ${fileID}`, { errCode: -1 });
    const ext = /\.(\w+)$/.exec(fileID)?.[1] ?? 'jpg';
    return { tempFilePath: wx.tempFile('download', ext), statusCode: 200, errMsg: 'downloadFile:ok' };
  });
}
