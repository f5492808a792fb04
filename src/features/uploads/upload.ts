import Taro from '@tarojs/taro';
import { domainText } from '../../../types/zh-CN/errors';
import { ui } from '../../../types/zh-CN/ui';
import { ApiError, networkError, toApiError, unwrapEnvelope } from '../../api/envelope';

/**
 * Images for the seller's forms: choose them, upload them, get back an address the backend accepts.
 * - WeChat: `Taro.chooseMedia` (album or camera), then `Taro.cloud.uploadFile` into cloud storage,
 *   which answers a `cloud://…` file id.
 * - H5 (the local host): Taro's H5 `chooseMedia` (a file input), then `Taro.uploadFile` to
 *   `POST /api/upload` (multipart field `file`), which checks the content and answers `/uploads/…`.
 */

/** The host's limit (cloud/host/uploads.ts); checked here too so WeChat uploads keep the same rule. */
export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;

export type UploadFolder = 'products' | 'proofs' | 'avatars' | 'payments';

export interface ChosenImage {
  /** a temporary local path (WeChat) or a blob: URL (H5), usable as an <Image> src */
  path: string;
  size: number;
}

/** Called with 0–100 while the bytes go up. */
export type ProgressListener = (percent: number) => void;

function isCancel(err: unknown): boolean {
  const msg = typeof err === 'object' && err !== null && 'errMsg' in err ? String((err as { errMsg: unknown }).errMsg) : '';
  return /cancel|abort/i.test(msg);
}

/** Lets the seller pick up to `count` images. A cancelled picker is an empty choice, not an error. */
export async function chooseImages(count: number): Promise<ChosenImage[]> {
  if (count <= 0) return [];
  try {
    const res = await Taro.chooseMedia({
      count,
      mediaType: ['image'],
      // H5: one source only, so Taro does not put up its own "拍摄 / 从相册选择" sheet; a phone's
      // browser still offers the camera from a plain file input.
      sourceType: process.env.TARO_ENV === 'weapp' ? ['album', 'camera'] : ['album'],
      sizeType: ['compressed'],
    });
    return res.tempFiles.slice(0, count).map((f) => ({ path: f.tempFilePath, size: f.size }));
  } catch (err) {
    if (!isCancel(err)) console.warn('chooseMedia failed', err);
    return [];
  }
}

const EXT_RE = /\.(jpe?g|png|webp)$/i;

/** `products/<random>.<ext>` — a fresh name for every upload, so nothing is overwritten. */
export function cloudPathFor(folder: UploadFolder, localPath: string, random: () => string = randomName): string {
  const match = EXT_RE.exec(localPath.split('?')[0]);
  const ext = match ? match[1].toLowerCase().replace('jpeg', 'jpg') : 'jpg';
  return `${folder}/${random()}.${ext}`;
}

function randomName(): string {
  return `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}`;
}

/**
 * WeChat: cloud storage (https://developers.weixin.qq.com/miniprogram/dev/wxcloudservice/wxcloud/reference-sdk-api/storage/uploadFile/client.uploadFile.html).
 * The answer is a `cloud://` fileID, which the backend stores as the image's address: <Image src>
 * and previewImage take fileIDs directly (https://developers.weixin.qq.com/miniprogram/dev/wxcloud/guide/storage/component.html),
 * and other users see the file as far as the storage permission allows — it must be "所有用户可读" for
 * friends (and pages opened from Moments) to see product photos. Outside the mini program (H5, the
 * content check) a fileID needs a temporary https URL first (getTempFileURL).
 */
function uploadToCloud(image: ChosenImage, folder: UploadFolder, onProgress: ProgressListener): Promise<string> {
  return new Promise((resolve, reject) => {
    const task = Taro.cloud.uploadFile({
      cloudPath: cloudPathFor(folder, image.path),
      filePath: image.path,
      success: (res) => resolve(res.fileID),
      fail: () => reject(new ApiError('INTERNAL', ui.upload.failed)),
    });
    task?.onProgressUpdate?.((p) => onProgress(p.progress));
  });
}

function readUploadAnswer(body: unknown): string {
  let raw: unknown = body;
  if (typeof body === 'string') {
    try {
      raw = JSON.parse(body);
    } catch {
      throw new ApiError('INTERNAL', ui.upload.failed);
    }
  }
  const data = unwrapEnvelope<{ url?: unknown }>(raw);
  if (typeof data?.url !== 'string') throw new ApiError('INTERNAL', ui.upload.failed);
  return data.url;
}

function uploadToHost(image: ChosenImage, _folder: UploadFolder, onProgress: ProgressListener): Promise<string> {
  return new Promise((resolve, reject) => {
    const task = Taro.uploadFile({
      url: '/api/upload',
      filePath: image.path,
      name: 'file',
      success: (res) => {
        try {
          resolve(readUploadAnswer(res.data));
        } catch (err) {
          reject(toApiError(err));
        }
      },
      fail: () => reject(networkError()),
    });
    task?.onProgressUpdate?.((p) => onProgress(p.progress));
  });
}

// Chosen at build time, like the api client's transport.
const send = process.env.TARO_ENV === 'weapp' ? uploadToCloud : uploadToHost;

/**
 * Uploads one chosen image; resolves with the address to store in the product or shop, rejects with
 * an ApiError whose message is a zh-CN sentence (the host's own one when it refuses the file).
 */
export async function uploadImage(image: ChosenImage, folder: UploadFolder, onProgress: ProgressListener = () => undefined): Promise<string> {
  if (image.size > MAX_IMAGE_BYTES) throw new ApiError('TOO_LARGE', domainText.imageTooLarge, { fields: { file: domainText.imageTooLarge } });
  return send(image, folder, onProgress);
}
