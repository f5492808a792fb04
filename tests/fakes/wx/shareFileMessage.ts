/**
 * wx.shareFileMessage: https://developers.weixin.qq.com/miniprogram/dev/api/share/wx.shareFileMessage.html
 * base library 2.16.1; "限制：仅在点击行为时调用" (only inside a tap); filePath (string, required) "必须为本地路径或
 * 临时路径" — a local or temporary file; fileName (string, optional, else the path's name). The user then picks a
 * chat (`fileShare.answer` 'send'), or closes the picker ('cancel': fails "shareFileMessage:fail cancel").
 */
import { inTap } from '../tap';
import { expectType, fail, invoke, isLocalPath, onReset, wx } from './runtime';

export const fileShare = {
  /** what the user does in the chat picker */
  answer: 'send' as 'send' | 'cancel',
  sent: [] as Array<{ filePath: string; fileName: string }>,
};

onReset(() => {
  fileShare.answer = 'send';
  fileShare.sent = [];
});

export function shareFileMessage(opts: Record<string, unknown>): unknown {
  const api = 'shareFileMessage';
  return invoke(api, opts, () => {
    if (!inTap()) fail(api, 'can only be invoked by user TAP gesture.');
    expectType(api, 'filePath', opts.filePath, 'String', true);
    expectType(api, 'fileName', opts.fileName, 'String', false);
    const filePath = opts.filePath as string;
    if (!isLocalPath(filePath) || !wx.files.has(filePath)) fail(api, `file not found: ${filePath}`);
    if (fileShare.answer === 'cancel') fail(api, 'cancel');
    const fileName = (opts.fileName as string | undefined) ?? filePath.split('/').pop() ?? '';
    fileShare.sent.push({ filePath, fileName });
    return { errMsg: `${api}:ok` };
  });
}
