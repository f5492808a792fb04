import Taro from '@tarojs/taro';
import type { Post } from '../../../types/post';
import type { Product } from '../../../types/product';
import type { Shop } from '../../../types/shop';
import { acceptsOrders } from '../shop';

/** The steps a seller takes before the first sale, in the order they are usually taken. */
export const FIRST_RUN_STEPS = ['profile', 'product', 'payment', 'share', 'notices', 'post'] as const;
export type FirstRunStep = (typeof FIRST_RUN_STEPS)[number];

/** What is still missing in a half-done step (a product without proof, a shop without an avatar). */
export type FirstRunMissing = 'avatar' | 'intro' | 'avatarAndIntro' | 'story' | 'proof';

export interface FirstRunFacts {
  shop: Pick<Shop, 'intro' | 'avatarUrl' | 'payment'>;
  products: readonly Pick<Product, 'id' | 'status' | 'story' | 'proofImages'>[];
  posts: readonly Pick<Post, 'status'>[];
  /** the seller went to share the shop from the checklist (remembered on this phone), or friends already follow or ordered */
  shared: boolean;
  /** the seller accepted at least one order reminder in WeChat's prompt (remembered on this phone) */
  notices: boolean;
}

export interface FirstRunStepState {
  step: FirstRunStep;
  done: boolean;
  missing: FirstRunMissing | null;
  /** the product to finish (one without its story or proof), for the product step */
  productId: string | null;
}

/** Each step's state from the shop's own data: done, or what is still missing. */
export function firstRunSteps(f: FirstRunFacts): FirstRunStepState[] {
  const active = f.products.filter((p) => p.status === 'active');
  const complete = active.find((p) => p.story.trim() !== '' && p.proofImages.length > 0);
  const unfinished = complete ? null : (active[0] ?? null);
  const noAvatar = f.shop.avatarUrl === null;
  const noIntro = f.shop.intro.trim() === '';
  const profileMissing: FirstRunMissing | null = noAvatar && noIntro ? 'avatarAndIntro' : noAvatar ? 'avatar' : noIntro ? 'intro' : null;
  const productMissing: FirstRunMissing | null = !unfinished ? null : unfinished.story.trim() === '' ? 'story' : 'proof';
  const state = (step: FirstRunStep, done: boolean, missing: FirstRunMissing | null = null, productId: string | null = null): FirstRunStepState => ({ step, done, missing, productId });
  return [
    state('profile', profileMissing === null, profileMissing),
    state('product', complete !== undefined, productMissing, unfinished?.id ?? null),
    state('payment', acceptsOrders(f.shop.payment)),
    state('share', f.shared),
    state('notices', f.notices),
    state('post', f.posts.some((p) => p.status !== 'cancelled')),
  ];
}

/*
 * What only this phone knows (the share happens in WeChat, out of our sight; the checklist's end) lives in storage.
 * wx.getStorageSync / wx.setStorageSync throw when storage is unavailable or full
 * (https://developers.weixin.qq.com/miniprogram/dev/api/storage/wx.setStorageSync.html): then it is remembered for this visit only.
 */
const keys = {
  // the key ReadyChecklist used before: a seller who already shared from it keeps the step done
  shared: (shopId: string) => `shuren:shopShared:${shopId}`,
  notices: (shopId: string) => `shuren:sellerNotices:${shopId}`,
  closed: (shopId: string) => `shuren:firstRunClosed:${shopId}`,
};
type Memory = keyof typeof keys;

export function remembered(what: Memory, shopId: string): boolean {
  try {
    return Taro.getStorageSync(keys[what](shopId)) === true;
  } catch {
    return false;
  }
}

export function remember(what: Memory, shopId: string): void {
  try {
    Taro.setStorageSync(keys[what](shopId), true);
  } catch {
    // remembered for this visit only
  }
}
