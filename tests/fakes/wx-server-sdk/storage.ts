import { CallLog, WxError } from '../calls';

/**
 * Cloud.getTempFileURL in a cloud function —
 * https://developers.weixin.qq.com/miniprogram/dev/wxcloudservice/wxcloud/reference-sdk-api/storage/Cloud.getTempFileURL.html
 * fileList: string[] of cloud file ids, "一次最多取 50 个"; answers fileList [{ fileID, tempFileURL, status (0 成功), errMsg }].
 * A file id that is not cloud://… gets a non-zero status, as a missing file does.
 */
/**
 * Cloud.uploadFile in a cloud function —
 * https://developers.weixin.qq.com/miniprogram/dev/wxcloudservice/wxcloud/reference-sdk-api/storage/uploadFile/server.uploadFile.html
 * cloudPath (String, required), fileContent (Buffer or fs.ReadStream, required) → { fileID, statusCode };
 * the same path again overwrites. Cloud.deleteFile — …/reference-sdk-api/storage/Cloud.deleteFile.html — at most 50
 * file ids → fileList [{ fileID, status (0 成功), errMsg }].
 */
export const storedFiles = new Map<string, Buffer>();

export function storageApi(log: CallLog) {
  return {
    async uploadFile(args: { cloudPath?: unknown; fileContent?: unknown }) {
      const api = 'uploadFile';
      if (typeof args?.cloudPath !== 'string' || args.cloudPath === '' || !Buffer.isBuffer(args.fileContent)) {
        log.record(api, { cloudPath: args?.cloudPath }, { errCode: -1, errMsg: 'cloudPath (String) and fileContent (Buffer) are required' });
        throw new WxError(-1, `${api}:fail cloudPath (String) and fileContent (Buffer) are required`);
      }
      const fileID = `cloud://fake-env.6661-fake-env-1300000000/${args.cloudPath}`;
      storedFiles.set(fileID, args.fileContent);
      log.record(api, { cloudPath: args.cloudPath, bytes: args.fileContent.length }, 'ok');
      return { fileID, statusCode: 204 };
    },
    async deleteFile(args: { fileList?: unknown }) {
      const api = 'deleteFile';
      const list = args?.fileList;
      if (!Array.isArray(list) || list.length === 0 || list.length > 50) {
        log.record(api, args, { errCode: -1, errMsg: 'fileList must hold 1–50 file ids' });
        throw new WxError(-1, `${api}:fail fileList must hold 1–50 file ids`);
      }
      log.record(api, args, 'ok');
      return { fileList: list.map((id) => ({ fileID: String(id), status: storedFiles.delete(String(id)) ? 0 : -1, errMsg: 'ok' })) };
    },
    async getTempFileURL(args: { fileList?: unknown }) {
      const api = 'getTempFileURL';
      const list = args?.fileList;
      if (!Array.isArray(list) || list.length === 0 || list.length > 50) {
        log.record(api, args, { errCode: -1, errMsg: 'fileList must hold 1–50 file ids' });
        throw new WxError(-1, `${api}:fail fileList must hold 1–50 file ids`);
      }
      log.record(api, args, 'ok');
      // each entry is a file id, or { fileID, maxAge } (seconds) — the form that sets the link's lifetime
      const ids = list.map((e: unknown) => (typeof e === 'object' && e !== null && 'fileID' in e ? (e as { fileID: unknown }).fileID : e));
      return {
        fileList: ids.map((id) =>
          typeof id === 'string' && id.startsWith('cloud://')
            ? { fileID: id, tempFileURL: `https://fake-env.tcb.qcloud.la/${id.slice('cloud://'.length).split('/').slice(1).join('/')}`, status: 0, errMsg: 'ok' }
            : { fileID: String(id), tempFileURL: '', status: -1, errMsg: 'STORAGE_FILE_NONEXIST' },
        ),
      };
    },
  };
}
