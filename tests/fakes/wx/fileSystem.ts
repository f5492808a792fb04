/**
 * wx.getFileSystemManager().writeFileSync(filePath, data, encoding) and wx.env.USER_DATA_PATH.
 * https://developers.weixin.qq.com/miniprogram/dev/api/file/FileSystemManager.writeFileSync.html
 * https://developers.weixin.qq.com/miniprogram/dev/framework/ability/file-system.html — a mini program
 * may write only its user files, under wx.env.USER_DATA_PATH; elsewhere the write throws
 * "permission denied". encoding: ascii, base64, binary, hex, ucs2/utf16le, utf-8/utf8, latin1.
 */
import { USER_DATA_PATH, wx } from './runtime';

const ENCODINGS = ['ascii', 'base64', 'binary', 'hex', 'ucs2', 'ucs-2', 'utf16le', 'utf-16le', 'utf-8', 'utf8', 'latin1'];

export const env = { USER_DATA_PATH };

export function getFileSystemManager() {
  return {
    writeFileSync(filePath: string, data: string | ArrayBuffer, encoding = 'utf8'): void {
      if (typeof filePath !== 'string' || !filePath.startsWith(`${USER_DATA_PATH}/`)) {
        throw new Error(`writeFileSync:fail permission denied, open ${String(filePath)}`);
      }
      if (!ENCODINGS.includes(encoding)) throw new Error(`writeFileSync:fail invalid encoding ${encoding}`);
      if (encoding === 'base64' && typeof data === 'string' && !/^[A-Za-z0-9+/]*={0,2}$/.test(data)) {
        throw new Error('writeFileSync:fail data is not base64');
      }
      wx.files.set(filePath, { path: filePath, origin: 'writeFile' });
      wx.log.record('FileSystemManager.writeFileSync', { filePath, encoding }, 'ok');
    },
    accessSync(path: string): void {
      if (!wx.files.has(path)) throw new Error(`accessSync:fail no such file or directory ${path}`);
    },
  };
}
