/**
 * wx.cloud.uploadFile: https://developers.weixin.qq.com/miniprogram/dev/wxcloudservice/wxcloud/reference-sdk-api/storage/uploadFile/client.uploadFile.html
 * - `cloudPath` (String, required) follows the naming rules
 *   (https://developers.weixin.qq.com/miniprogram/dev/wxcloudservice/wxcloud/guide/storage/naming.html):
 *   not empty, not starting with "/", no "//", at most 850 bytes, no ` ^ " \ { } [ ] ~ % # > <;
 *   the same path again overwrites the file;
 * - `filePath` (String, required): a local file (a temporary path from chooseMedia, …);
 * - success: { fileID: 'cloud://<env>.<bucket>/<cloudPath>', statusCode, errMsg: 'uploadFile:ok' };
 *   fail: { errCode, errMsg: 'uploadFile:fail <msg>' };
 * - with success/fail/complete it returns an UploadTask (onProgressUpdate, abort), else a Promise.
 */
import { requireInit } from './cloud.init';
import { expectType, fail, invoke, isLocalPath, onReset, wx } from './runtime';

export const cloudStorage = {
  /** cloud path → fileID of what is stored */
  files: new Map<string, string>(),
  /** the environment's storage prefix in file ids */
  bucket: 'cloud://shuren-prod-1a2b.7368-shuren-prod-1a2b-1300000000',
  /** set to make the next upload fail as a network failure would */
  failNext: null as string | null,
};

onReset(() => {
  cloudStorage.files.clear();
  cloudStorage.failNext = null;
});

const FORBIDDEN = /[`^"\\{}[\]~%#<>]/;

export function uploadFile(opts: Record<string, unknown>): unknown {
  const api = 'cloud.uploadFile';
  const listeners: Array<(p: { progress: number; totalBytesSent: number; totalBytesExpectedToSend: number }) => void> = [];
  const task = {
    onProgressUpdate(l: (p: { progress: number; totalBytesSent: number; totalBytesExpectedToSend: number }) => void) {
      listeners.push(l);
    },
    abort() {},
  };
  return invoke(
    api,
    opts,
    async () => {
      requireInit(api);
      expectType(api, 'cloudPath', opts.cloudPath, 'String', true);
      expectType(api, 'filePath', opts.filePath, 'String', true);
      const cloudPath = opts.cloudPath as string;
      const filePath = opts.filePath as string;
      if (cloudPath === '' || cloudPath.startsWith('/') || cloudPath.includes('//') || Buffer.byteLength(cloudPath) > 850 || FORBIDDEN.test(cloudPath)) {
        fail('uploadFile', `cloudPath "${cloudPath}" breaks the naming rules`, { errCode: -1 });
      }
      if (!isLocalPath(filePath) || !wx.files.has(filePath)) fail('uploadFile', `file not found: ${filePath}`, { errCode: -1 });
      if (cloudStorage.failNext) {
        const reason = cloudStorage.failNext;
        cloudStorage.failNext = null;
        fail('uploadFile', reason, { errCode: -1 });
      }
      await Promise.resolve();
      for (const l of listeners) l({ progress: 100, totalBytesSent: 1000, totalBytesExpectedToSend: 1000 });
      const fileID = `${cloudStorage.bucket}/${cloudPath}`;
      cloudStorage.files.set(cloudPath, fileID);
      return { fileID, statusCode: 204, errMsg: 'uploadFile:ok' };
    },
    task,
  );
}
