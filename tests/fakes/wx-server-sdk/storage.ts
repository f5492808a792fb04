import { CallLog, WxError } from '../calls';

/**
 * Cloud.getTempFileURL in a cloud function —
 * https://developers.weixin.qq.com/miniprogram/dev/wxcloudservice/wxcloud/reference-sdk-api/storage/Cloud.getTempFileURL.html
 * fileList: string[] of cloud file ids, "一次最多取 50 个"; answers fileList [{ fileID, tempFileURL, status (0 成功), errMsg }].
 * A file id that is not cloud://… gets a non-zero status, as a missing file does.
 */
export function storageApi(log: CallLog) {
  return {
    async getTempFileURL(args: { fileList?: unknown }) {
      const api = 'getTempFileURL';
      const list = args?.fileList;
      if (!Array.isArray(list) || list.length === 0 || list.length > 50) {
        log.record(api, args, { errCode: -1, errMsg: 'fileList must hold 1–50 file ids' });
        throw new WxError(-1, `${api}:fail fileList must hold 1–50 file ids`);
      }
      log.record(api, args, 'ok');
      return {
        fileList: list.map((id) =>
          typeof id === 'string' && id.startsWith('cloud://')
            ? { fileID: id, tempFileURL: `https://fake-env.tcb.qcloud.la/${id.slice('cloud://'.length).split('/').slice(1).join('/')}`, status: 0, errMsg: 'ok' }
            : { fileID: String(id), tempFileURL: '', status: -1, errMsg: 'STORAGE_FILE_NONEXIST' },
        ),
      };
    },
  };
}
