/**
 * The `scene` a mini program code carries (wxacode.getUnlimited), written by the backend and read by
 * the pages it opens — one module for both sides, so the two can never disagree.
 *
 * WeChat's rules (https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/qrcode-link/qr-code/getUnlimitedQRCode.html):
 * at most 32 visible characters from digits, letters and `!#$&'()*+,/:;=?@-._~` (no `%`), and the
 * page is opened with `options.scene` URL-encoded ("scene 字段的值会作为 query 参数传递给小程序",
 * so `p=abc` arrives as `p%3Dabc`): decode it before reading.
 */

export type SceneTarget = { kind: 'product'; productId: string } | { kind: 'shop'; shopId: string };

export const SCENE_MAX_LENGTH = 32;

/** The page a code of each kind opens (no leading slash, no query: getUnlimited's `page`). */
export const SCENE_PAGES = {
  product: 'pages/product/index',
  shop: 'pages/shop/index',
} as const;

const SCENE_CHARS = /^[0-9A-Za-z!#$&'()*+,/:;=?@\-._~]+$/;
// Our ids are letters and digits only (cloud/core/ids.ts); anything else in a scene is not ours.
const ID = /^[0-9A-Za-z]{1,30}$/;
const KEYS = { p: 'product', s: 'shop' } as const;

export class SceneError extends Error {}

/** `p=<productId>` or `s=<shopId>`; throws when the id would make a scene WeChat refuses. */
export function encodeScene(target: SceneTarget): string {
  const scene = target.kind === 'product' ? `p=${target.productId}` : `s=${target.shopId}`;
  const id = target.kind === 'product' ? target.productId : target.shopId;
  if (!ID.test(id) || scene.length > SCENE_MAX_LENGTH || !SCENE_CHARS.test(scene)) {
    throw new SceneError(`cannot put ${target.kind} id "${id}" in a scene (≤ ${SCENE_MAX_LENGTH} characters, letters and digits)`);
  }
  return scene;
}

/**
 * What a page's `options.scene` points at, or null when it is absent or not one of ours. Accepts the
 * raw value as WeChat passes it (URL-encoded once), an already decoded one (the H5 router decodes
 * query values), and a doubly encoded one (a link that encoded the code's query again).
 */
export function decodeScene(raw: string | null | undefined): SceneTarget | null {
  let scene = (raw ?? '').trim();
  for (let i = 0; i < 2 && scene.includes('%'); i++) {
    try {
      scene = decodeURIComponent(scene);
    } catch {
      return null;
    }
  }
  if (scene.length === 0 || scene.length > SCENE_MAX_LENGTH) return null;
  const eq = scene.indexOf('=');
  if (eq < 1) return null;
  const key = scene.slice(0, eq);
  const id = scene.slice(eq + 1);
  if (!(key in KEYS) || !ID.test(id)) return null;
  return KEYS[key as keyof typeof KEYS] === 'product' ? { kind: 'product', productId: id } : { kind: 'shop', shopId: id };
}
