/**
 * What the user sees: wx.showToast and wx.showModal.
 * https://developers.weixin.qq.com/miniprogram/dev/api/ui/interaction/wx.showToast.html — title
 *   (string, required); icon success/error/loading/none ("none" shows up to two lines of title);
 * https://developers.weixin.qq.com/miniprogram/dev/api/ui/interaction/wx.showModal.html — title,
 *   content (strings), confirmText/cancelText at most 4 Chinese characters; success { confirm, cancel }.
 */
import { expectType, fail, invoke, onReset } from './runtime';

export const screen = {
  toasts: [] as string[],
  modals: [] as Array<{ title: string; content: string }>,
  /** the button the user taps in the next modals */
  modalAnswer: 'confirm' as 'confirm' | 'cancel',
};

onReset(() => {
  screen.toasts = [];
  screen.modals = [];
  screen.modalAnswer = 'confirm';
});

export function showToast(opts: Record<string, unknown>): unknown {
  const api = 'showToast';
  return invoke(api, opts, () => {
    expectType(api, 'title', opts.title, 'String', true);
    if (opts.icon !== undefined && !['success', 'error', 'loading', 'none'].includes(String(opts.icon))) fail(api, `parameter error: icon "${String(opts.icon)}"`);
    screen.toasts.push(opts.title as string);
    return { errMsg: 'showToast:ok' };
  });
}

export function showModal(opts: Record<string, unknown>): unknown {
  const api = 'showModal';
  return invoke(api, opts, () => {
    expectType(api, 'title', opts.title, 'String', false);
    expectType(api, 'content', opts.content, 'String', false);
    for (const k of ['confirmText', 'cancelText']) {
      expectType(api, k, opts[k], 'String', false);
      if (typeof opts[k] === 'string' && Array.from(opts[k] as string).length > 4) fail(api, `${k} length should not larger than 4 Chinese characters`);
    }
    screen.modals.push({ title: (opts.title as string | undefined) ?? '', content: (opts.content as string | undefined) ?? '' });
    return { errMsg: 'showModal:ok', confirm: screen.modalAnswer === 'confirm', cancel: screen.modalAnswer === 'cancel' };
  });
}
