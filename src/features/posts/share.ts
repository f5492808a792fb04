import Taro from '@tarojs/taro';
import { postsUi } from '../../../types/zh-CN/posts-ui';
import { toast } from '../../utils/feedback';

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

/** Hands the poster over: WeChat's share-image menu, else the album; in the browser a PNG download. */
export async function sharePoster(poster: string, fileName: string): Promise<boolean> {
  const way = posterShareWay();
  try {
    if (way === 'menu') {
      await Taro.showShareImageMenu({ path: poster });
      return true;
    }
    if (way === 'album') {
      await Taro.saveImageToPhotosAlbum({ filePath: poster });
      toast(postsUi.share.saved);
      return true;
    }
    const a = document.createElement('a');
    a.href = poster;
    a.download = `${fileName}.png`;
    document.body.appendChild(a);
    a.click();
    a.remove();
    toast(postsUi.share.downloaded);
    return true;
  } catch {
    if (way !== 'menu') toast(postsUi.share.saveFailed);
    return false;
  }
}
