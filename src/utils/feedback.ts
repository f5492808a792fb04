import Taro from '@tarojs/taro';
import { ui } from '../../types/zh-CN/ui';

/*
 * The one way to show text in a toast or a modal (eslint forbids Taro.showToast/showModal/showLoading/
 * showActionSheet elsewhere). The text is often someone's words (a product title, a backend sentence quoting a
 * field). In WeChat these are native views; Taro's H5 runtime draws them itself and, in 4.2.1, writes every text
 * with `textContent` (@tarojs/taro-h5 dist: Toast, Modal, ActionSheet), so the text is passed as it is —
 * escaping it would show `&lt;`. tests/e2e/xss.test.ts checks a modal holding a title like `<img onerror=…>`
 * stays text, so an upgrade of Taro that drew these with innerHTML would fail there. Page titles: ./title.ts.
 */

/** A short confirmation ("链接已复制"). */
export function toast(title: string): void {
  void Taro.showToast({ title, icon: 'none', duration: 1800 }).catch(() => undefined);
}

/** A backend sentence can be longer than a toast allows: show it in a modal with one button. */
export function showError(message: string, title: string = ''): void {
  void notice(message, title);
}

/** A sentence with one button, resolved once it is dismissed (for what must come after it, not over it). */
export async function notice(message: string, title: string = ''): Promise<void> {
  await Taro.showModal({ title, content: message, showCancel: false, confirmText: ui.common.confirm }).catch(() => undefined);
}

/**
 * Asks before an action; resolves true when the user confirms. Name both buttons when the action itself is a
 * cancellation ("再想想 / 取消这条", not two 取消). Each label is at most 4 characters: wx.showModal's cancelText
 * and confirmText take "最多 4 个字符" (https://developers.weixin.qq.com/miniprogram/dev/api/ui/interaction/wx.showModal.html).
 */
export async function confirmAction(title: string, content: string, confirmText: string = ui.common.confirm, cancelText: string = ui.common.cancel): Promise<boolean> {
  try {
    const res = await Taro.showModal({ title, content, confirmText, cancelText });
    return res.confirm;
  } catch {
    return false;
  }
}
