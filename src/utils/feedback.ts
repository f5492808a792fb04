import Taro from '@tarojs/taro';
import { ui } from '../../types/zh-CN/ui';

/** A short confirmation ("链接已复制"). */
export function toast(title: string): void {
  void Taro.showToast({ title, icon: 'none', duration: 1800 }).catch(() => undefined);
}

/** A backend sentence can be longer than a toast allows: show it in a modal with one button. */
export function showError(message: string, title: string = ''): void {
  void Taro.showModal({ title, content: message, showCancel: false, confirmText: ui.common.confirm }).catch(() => undefined);
}

/** Asks before an action; resolves true when the user confirms. */
export async function confirmAction(title: string, content: string, confirmText: string = ui.common.confirm): Promise<boolean> {
  try {
    const res = await Taro.showModal({ title, content, confirmText, cancelText: ui.common.cancel });
    return res.confirm;
  } catch {
    return false;
  }
}
