import Taro from '@tarojs/taro';
import { postsUi } from '../../../types/zh-CN/posts-ui';
import { wechatShareUi } from '../../../types/zh-CN/wechat-share';
import { notice, showError, toast } from '../../utils/feedback';

/** Copy text to the clipboard: the seller pastes it into Moments. */
export async function copyPostText(text: string): Promise<boolean> {
  try {
    await Taro.setClipboardData({ data: text });
    toast(postsUi.share.copied);
    return true;
  } catch {
    toast(postsUi.share.copyFailed);
    return false;
  }
}

/** "3.8.2" ≥ "3.8.10"? Compares dotted versions number by number. */
export function versionAtLeast(version: string, min: string): boolean {
  const a = version.split('.').map((n) => Number(n) || 0);
  const b = min.split('.').map((n) => Number(n) || 0);
  for (let i = 0; i < Math.max(a.length, b.length); i += 1) {
    if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
  }
  return true;
}

/**
 * Whether WeChat's share-image menu can put the poster straight into Moments: the API exists since
 * 2.14.3, but sharing to Moments only since base library 3.8.2 (and only with a mini program code,
 * never a plain QR code, on the image).
 */
export function canShareImageToMoments(): boolean {
  if (process.env.TARO_ENV !== 'weapp') return false;
  try {
    if (!Taro.canIUse('showShareImageMenu')) return false;
    return versionAtLeast(Taro.getAppBaseInfo().SDKVersion ?? '0', '3.8.2');
  } catch {
    return false;
  }
}

export type PosterShareWay = 'menu' | 'album' | 'download';

export function posterShareWay(): PosterShareWay {
  if (process.env.TARO_ENV !== 'weapp') return 'download';
  return canShareImageToMoments() ? 'menu' : 'album';
}

function errMsgOf(err: unknown): string {
  return typeof err === 'object' && err !== null && 'errMsg' in err ? String((err as { errMsg: unknown }).errMsg) : '';
}

/** The seller closing WeChat's menu is their choice, not a failure. */
function isCancel(err: unknown): boolean {
  return /fail cancel|:cancel/i.test(errMsgOf(err));
}

/**
 * The last way out in WeChat: the poster full screen, where a long press sends it to a friend or
 * saves it (https://developers.weixin.qq.com/miniprogram/dev/api/media/image/wx.previewImage.html).
 */
async function previewFallback(poster: string): Promise<boolean> {
  // The sentence first (one button), then the poster: two overlays at once would hide one another.
  await notice(wechatShareUi.previewHint);
  try {
    await Taro.previewImage({ urls: [poster], current: poster });
    return true;
  } catch {
    return false;
  }
}

async function saveToAlbum(poster: string): Promise<boolean> {
  try {
    // Needs the privacy guide's 相册（仅写入）权限 and scope.writePhotosAlbum
    // (https://developers.weixin.qq.com/miniprogram/dev/api/media/image/wx.saveImageToPhotosAlbum.html).
    await Taro.saveImageToPhotosAlbum({ filePath: poster });
    return true;
  } catch {
    return false;
  }
}

/**
 * Hands the poster over: WeChat's share-image menu, else the album; in the browser a PNG download.
 * `entrancePath` is the page the image's mini program entrance opens (the product, or the shop):
 * without it WeChat opens the current page if it may be shared, "否则默认为小程序首页" — and the
 * share page is the seller's own, so friends would land on the home page
 * (https://developers.weixin.qq.com/miniprogram/dev/api/share/wx.showShareImageMenu.html).
 * Nothing fails silently: a menu that does not open falls back to the album, then to the full-screen
 * poster, each with a sentence that says what to do.
 */
export async function sharePoster(poster: string, fileName: string, entrancePath: string): Promise<boolean> {
  const way = posterShareWay();
  if (way === 'menu') {
    try {
      await Taro.showShareImageMenu({ path: poster, needShowEntrance: true, entrancePath } as Taro.showShareImageMenu.Option);
      return true;
    } catch (err) {
      if (isCancel(err)) return false;
      if (await saveToAlbum(poster)) {
        showError(wechatShareUi.shareFailed);
        return true;
      }
      return previewFallback(poster);
    }
  }
  if (way === 'album') {
    if (await saveToAlbum(poster)) {
      toast(postsUi.share.saved);
      return true;
    }
    return previewFallback(poster);
  }
  try {
    const a = document.createElement('a');
    a.href = poster;
    a.download = `${fileName}.png`;
    document.body.appendChild(a);
    a.click();
    a.remove();
    toast(postsUi.share.downloaded);
    return true;
  } catch {
    toast(postsUi.share.saveFailed);
    return false;
  }
}
