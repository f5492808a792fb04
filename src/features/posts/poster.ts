import Taro from '@tarojs/taro';
import { postsUi } from '../../../types/zh-CN/posts-ui';
import { formatPrice } from '../../utils/price';

/** What the poster shows: the product image, title, price, the shop's name and the code from `post.shareCode`. */
export interface PosterInput {
  title: string;
  priceFen: number | null;
  shopName: string;
  imageUrl: string | null;
  /** a data URL PNG: a QR code of the shop link locally, a mini program code in production */
  codeImage: string;
}

export const POSTER_WIDTH = 750;
export const POSTER_HEIGHT = 1150;

/** Why no poster came out; the share page shows its own sentence and a retry. */
export class PosterError extends Error {}

type Drawable = CanvasImageSource;
type LoadImage = (src: string) => Promise<Drawable | null>;

/** Lines of at most `maxLines` that fit `width`, the last one ending in "…" when cut. */
export function wrapText(measure: (s: string) => number, text: string, width: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  const chars = Array.from(text.replace(/\s+/g, ' ').trim());
  for (let i = 0; i < chars.length; i += 1) {
    const next = line + chars[i];
    if (measure(next) <= width) {
      line = next;
      continue;
    }
    if (lines.length === maxLines - 1) {
      let cut = line;
      while (cut && measure(`${cut}…`) > width) cut = cut.slice(0, -1);
      lines.push(`${cut}…`);
      return lines;
    }
    lines.push(line);
    line = chars[i];
  }
  if (line) lines.push(line);
  return lines;
}

/** Where to draw an image of w × h so that it covers the box (the overflow is clipped). */
export function coverPlacement(w: number, h: number, box: { x: number; y: number; w: number; h: number }) {
  const scale = Math.max(box.w / w, box.h / h);
  const dw = w * scale;
  const dh = h * scale;
  return { dx: box.x + (box.w - dw) / 2, dy: box.y + (box.h - dh) / 2, dw, dh };
}

function sizeOf(img: Drawable): { w: number; h: number } {
  const i = img as { naturalWidth?: number; width?: number; naturalHeight?: number; height?: number };
  return { w: Number(i.naturalWidth || i.width || 0), h: Number(i.naturalHeight || i.height || 0) };
}

/** Draws the poster on a 2D context of POSTER_WIDTH × POSTER_HEIGHT (the browser's and WeChat's 2D canvas alike). */
export async function paintPoster(ctx: CanvasRenderingContext2D, input: PosterInput, load: LoadImage): Promise<void> {
  const W = POSTER_WIDTH;
  const H = POSTER_HEIGHT;
  const [photo, code] = await Promise.all([input.imageUrl ? load(input.imageUrl) : Promise.resolve(null), load(input.codeImage)]);
  ctx.fillStyle = '#faf6f0';
  ctx.fillRect(0, 0, W, H);

  const pad = 40;
  const photoSize = W - pad * 2;
  ctx.fillStyle = '#efe4d6';
  ctx.fillRect(pad, pad, photoSize, photoSize);
  if (photo) {
    // Clip and place rather than crop with a source rectangle: Chrome maps source rectangles of
    // viewBox-only SVGs (the demo images) against a default size, which draws only their background.
    const { w, h } = sizeOf(photo);
    const box = { x: pad, y: pad, w: photoSize, h: photoSize };
    const at = w > 0 && h > 0 ? coverPlacement(w, h, box) : { dx: pad, dy: pad, dw: photoSize, dh: photoSize };
    ctx.save();
    ctx.beginPath();
    ctx.rect(box.x, box.y, box.w, box.h);
    ctx.clip();
    ctx.drawImage(photo, at.dx, at.dy, at.dw, at.dh);
    ctx.restore();
  }

  let y = pad + photoSize + 64;
  ctx.textBaseline = 'alphabetic';
  ctx.fillStyle = '#3a2e26';
  ctx.font = 'bold 40px sans-serif';
  const textWidth = W - pad * 2 - 220;
  for (const line of wrapText((s) => ctx.measureText(s).width, input.title, textWidth, 2)) {
    ctx.fillText(line, pad, y);
    y += 54;
  }
  if (input.priceFen !== null) {
    ctx.fillStyle = '#c8553d';
    ctx.font = 'bold 48px sans-serif';
    ctx.fillText(formatPrice(input.priceFen), pad, y + 12);
  }
  ctx.fillStyle = '#7a6a5c';
  ctx.font = '28px sans-serif';
  ctx.fillText(wrapText((s) => ctx.measureText(s).width, input.shopName, textWidth, 1)[0] ?? '', pad, H - 56);

  const codeSize = 190;
  const cx = W - pad - codeSize;
  const cy = pad + photoSize + 28;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(cx - 6, cy - 6, codeSize + 12, codeSize + 12);
  if (!code) throw new PosterError('the code image did not load'); // a poster without its code leads nowhere
  ctx.drawImage(code, cx, cy, codeSize, codeSize);
  ctx.fillStyle = '#a99a8c';
  ctx.font = '22px sans-serif';
  const hint = postsUi.share.scanHint;
  ctx.fillText(hint, cx + (codeSize - ctx.measureText(hint).width) / 2, cy + codeSize + 40);
}

/** The browser: an offscreen <canvas>, exported as a PNG data URL. */
async function posterH5(input: PosterInput): Promise<string> {
  const canvas = document.createElement('canvas');
  canvas.width = POSTER_WIDTH;
  canvas.height = POSTER_HEIGHT;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new PosterError('no 2d context');
  const load: LoadImage = (src) =>
    new Promise((resolve) => {
      const img = new Image();
      img.onload = () => resolve(img);
      img.onerror = () => resolve(null);
      img.src = src;
    });
  await paintPoster(ctx, input, load);
  return canvas.toDataURL('image/png');
}

interface WxImage {
  src: string;
  width: number;
  height: number;
  onload: (() => void) | null;
  onerror: (() => void) | null;
}

/** The 2D canvas node of a <Canvas type="2d"> (https://developers.weixin.qq.com/miniprogram/dev/api/canvas/Canvas.html). */
interface WxCanvasNode {
  width: number;
  height: number;
  getContext(type: '2d'): unknown;
  createImage(): unknown;
}

/**
 * The id of the hidden `<Canvas type="2d">` the share page renders (PosterCanvas). WeChat exports a
 * file only from a canvas component: wx.canvasToTempFilePath takes `canvas`, "传入 canvas 组件实例
 * (canvas type="2d" 时使用该属性)", and an earlier edition of that page said "暂不支持离屏 canvas";
 * OffscreenCanvas's page lists no export at all. So the poster is drawn on that component, not on
 * an OffscreenCanvas (https://developers.weixin.qq.com/miniprogram/dev/api/canvas/wx.canvasToTempFilePath.html).
 */
export const POSTER_CANVAS_ID = 'shuren-poster-canvas';

/** A data URL or cloud file id as a local path WeChat's canvas image can load. */
async function localPath(src: string, name: string): Promise<string> {
  if (src.startsWith('data:')) {
    // User files may be written only under USER_DATA_PATH (https://developers.weixin.qq.com/miniprogram/dev/framework/ability/file-system.html).
    const fs = Taro.getFileSystemManager();
    const path = `${Taro.env.USER_DATA_PATH}/${name}.png`;
    fs.writeFileSync(path, src.replace(/^data:image\/\w+;base64,/, ''), 'base64');
    return path;
  }
  if (src.startsWith('cloud://')) {
    // A local copy: no download domain to whitelist, and the file's storage permission applies
    // (https://developers.weixin.qq.com/miniprogram/dev/wxcloudservice/wxcloud/reference-sdk-api/storage/downloadFile/client.downloadFile.html).
    const res = await Taro.cloud.downloadFile({ fileID: src });
    return res.tempFilePath;
  }
  return src;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * The share page's canvas node, through a SelectorQuery (`fields({ node: true, size: true })`,
 * https://developers.weixin.qq.com/miniprogram/dev/api/wxml/SelectorQuery.html). The page may not
 * have rendered it yet when the data arrives: ask again a few times before giving up.
 */
async function posterCanvas(): Promise<WxCanvasNode> {
  for (let attempt = 0; attempt < 10; attempt += 1) {
    const node = await new Promise<WxCanvasNode | null>((resolve) => {
      Taro.createSelectorQuery()
        .select(`#${POSTER_CANVAS_ID}`)
        .fields({ node: true, size: true }, () => undefined)
        .exec((res: Array<{ node?: WxCanvasNode } | null> | undefined) => resolve(res?.[0]?.node ?? null));
    });
    if (node) return node;
    await sleep(100);
  }
  throw new PosterError('the poster canvas is not on the page');
}

/** WeChat: the share page's hidden 2D canvas component, exported to a temporary PNG file. */
async function posterWeapp(input: PosterInput, name: string): Promise<string> {
  const canvas = await posterCanvas();
  canvas.width = POSTER_WIDTH;
  canvas.height = POSTER_HEIGHT;
  const ctx = canvas.getContext('2d') as CanvasRenderingContext2D;
  const load: LoadImage = async (src) => {
    const path = await localPath(src, `${name}-${src.startsWith('data:') ? 'code' : 'photo'}`).catch(() => null);
    if (!path) return null;
    return new Promise((resolve) => {
      const img = canvas.createImage() as WxImage;
      img.onload = () => resolve(img as unknown as Drawable);
      img.onerror = () => resolve(null);
      img.src = path;
    });
  };
  await paintPoster(ctx, input, load);
  const out = await Taro.canvasToTempFilePath({
    canvas: canvas as unknown as Taro.Canvas,
    fileType: 'png',
    destWidth: POSTER_WIDTH,
    destHeight: POSTER_HEIGHT,
  });
  return out.tempFilePath;
}

/** The poster as something an <Image> shows and the share step takes: a data URL (browser) or a temporary file (WeChat). */
export function makePoster(input: PosterInput, name: string): Promise<string> {
  return process.env.TARO_ENV === 'weapp' ? posterWeapp(input, name) : posterH5(input);
}
