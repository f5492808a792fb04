import Taro from '@tarojs/taro';
import type { CsvExport } from '../../../types/crm';
import { crmUi } from '../../../types/zh-CN/crm-ui';
import { exportText } from '../../../types/zh-CN/export';
import { toast } from '../../utils/feedback';

/** A file name that is safe on every system (the API's name, without path separators). */
export function safeFilename(name: string): string {
  const cleaned = name.replace(/[\\/:*?"<>|\s]+/g, '_').replace(/^\.+/, '');
  return cleaned === '' ? 'export.csv' : cleaned;
}

/**
 * In the browser: the file the backend stored, through a link with `download` (the local host serves it at
 * /uploads/exports/…, the same origin as the app, so the browser keeps the file name).
 */
export function downloadCsv(file: CsvExport): void {
  const link = document.createElement('a');
  link.href = file.url;
  link.download = safeFilename(file.filename);
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  document.body.removeChild(link);
  toast(crmUi.exportCsv.downloaded(link.download));
}

/** An export on the phone, ready to be sent to a chat. */
export interface SavedExport {
  filePath: string;
  fileName: string;
  rows: number;
}

/**
 * In WeChat: the file onto the phone. By its cloud file id with wx.cloud.downloadFile, which needs no download
 * domain configured (https://developers.weixin.qq.com/miniprogram/dev/wxcloudservice/wxcloud/reference-sdk-api/storage/downloadFile/client.downloadFile.html);
 * without one (a backend outside CloudBase) by its https link with wx.downloadFile, whose domain must then be
 * among the mini program's downloadFile domains; a status other than 200 is a failure, not a file
 * (https://developers.weixin.qq.com/miniprogram/dev/api/network/download/wx.downloadFile.html).
 */
export async function saveExportInWeChat(file: CsvExport): Promise<SavedExport> {
  let tempFilePath: string;
  if (file.fileID) {
    ({ tempFilePath } = await Taro.cloud.downloadFile({ fileID: file.fileID }));
  } else {
    const res = await Taro.downloadFile({ url: file.url });
    if (res.statusCode !== 200) throw new Error(exportText.downloadFailed);
    tempFilePath = res.tempFilePath;
  }
  return { filePath: tempFilePath, fileName: safeFilename(file.filename), rows: file.rows };
}

/**
 * Sends the saved file to a chat: a mini program cannot open a csv itself (wx.openDocument takes office
 * documents and pdf only), a computer can. WeChat allows shareFileMessage only inside a tap ("限制：仅在点击行为时
 * 调用", base library 2.16.1: https://developers.weixin.qq.com/miniprogram/dev/api/share/wx.shareFileMessage.html),
 * so it is called straight from the button's handler, never after an await.
 */
export function shareExportInWeChat(saved: SavedExport): Promise<unknown> {
  return Taro.shareFileMessage({ filePath: saved.filePath, fileName: saved.fileName });
}
