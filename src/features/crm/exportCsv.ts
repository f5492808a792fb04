import Taro from '@tarojs/taro';
import type { CsvExport } from '../../../types/crm';
import { crmUi } from '../../../types/zh-CN/crm-ui';
import { showError, toast } from '../../utils/feedback';

/** A file name that is safe on every system (the API's name, without path separators). */
export function safeFilename(name: string): string {
  const cleaned = name.replace(/[\\/:*?"<>|\s]+/g, '_').replace(/^\.+/, '');
  return cleaned === '' ? 'export.csv' : cleaned;
}

/** In the browser: the csv as a download, through a Blob and a temporary link. */
export function downloadCsv(file: CsvExport): void {
  const blob = new Blob([file.csv], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = safeFilename(file.filename);
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  document.body.removeChild(link);
  setTimeout(() => URL.revokeObjectURL(url), 1000);
  toast(crmUi.exportCsv.downloaded(link.download));
}

function writeFile(filePath: string, data: string): Promise<void> {
  return new Promise((resolve, reject) => {
    Taro.getFileSystemManager().writeFile({
      filePath,
      data,
      encoding: 'utf8',
      success: () => resolve(),
      fail: (err) => reject(new Error(err.errMsg)),
    });
  });
}

/**
 * In WeChat: the csv into the app's user data folder, then (the seller agreeing) sent to a chat with
 * `shareFileMessage` — a mini program cannot open a csv itself, a computer can.
 */
export async function saveCsvInWeChat(file: CsvExport): Promise<void> {
  const name = safeFilename(file.filename);
  const filePath = `${Taro.env.USER_DATA_PATH}/${name}`;
  await writeFile(filePath, file.csv);
  if (!Taro.canIUse('shareFileMessage')) {
    showError(crmUi.exportCsv.shareUnsupported, crmUi.exportCsv.saved(name));
    return;
  }
  const answer = await Taro.showModal({
    title: crmUi.exportCsv.shareTitle,
    content: crmUi.exportCsv.shareContent(name),
    confirmText: crmUi.exportCsv.shareConfirm,
  }).catch(() => ({ confirm: false }));
  if (answer.confirm) await Taro.shareFileMessage({ filePath, fileName: name });
}

/** The export the API answered, saved the way the platform allows. */
export async function saveCsv(file: CsvExport): Promise<void> {
  if (process.env.TARO_ENV === 'weapp') await saveCsvInWeChat(file);
  else downloadCsv(file);
}
