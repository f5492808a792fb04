import { useCallback, useRef, useState } from 'react';
import type { Post } from '../../../types/post';
import type { Product } from '../../../types/product';
import type { Shop } from '../../../types/shop';
import { postsUi } from '../../../types/zh-CN/posts-ui';
import { ApiError, callFunction, toApiError } from '../../api';
import { useResource } from '../../hooks/use-resource';
import { showError } from '../../utils/feedback';
import { catalogApi } from '../catalog';
import { postApi } from './api';
import { draftFromProduct } from './lists';
import { productPagePath } from '../product';
import { shopPagePath } from '../shop';
import { makePoster } from './poster';
import { copyPostText, sharePoster } from './share';
import { refusalFrom, type Refusal } from './use-composer';
import { POST_NOW_DELAY_MS } from './product/window';

export type MaterialState =
  | { status: 'loading' }
  | { status: 'error'; error: ApiError }
  | { status: 'refused'; refusal: Refusal; product: Product; shop: Shop }
  | { status: 'ready'; post: Post; product: Product | null; shop: Shop };

export type PosterState = { status: 'none' } | { status: 'drawing' } | { status: 'failed' } | { status: 'ready'; src: string };

export type MaterialSource = { postId: string } | { productId: string };

async function postById(postId: string): Promise<Post> {
  const posts = await postApi.list(new Date(Date.now() - 60 * 86_400_000).toISOString());
  const post = posts.find((p) => p.id === postId);
  if (!post) throw new ApiError('NOT_FOUND', postsUi.share.postNotFound);
  return post;
}

type Material = Exclude<MaterialState, { status: 'loading' } | { status: 'error' }>;
type Scheduling = { product: Product; shop: Shop; at: string };

/** Plans the product's post at `at`; a policy refusal is material too (it offers the time the backend suggests). */
async function scheduleMaterial({ product, shop, at }: Scheduling): Promise<Material> {
  try {
    const post = await postApi.schedule({ at, text: draftFromProduct(product), productId: product.id, ...(product.images.length ? { images: product.images.slice(0, 9) } : {}) });
    return { status: 'ready', post, product, shop };
  } catch (err) {
    const refusal = refusalFrom(toApiError(err));
    if (refusal) return { status: 'refused', refusal, product, shop };
    throw err;
  }
}

/**
 * Share material for one post (`?postId=`), or for "发朋友圈" from a product page (`?productId=`):
 * that one is scheduled first at now + 1 minute through the same policy, and a refusal offers the
 * time the backend suggests. Then: the text to copy, a poster (product image, title, price, shop
 * name, the code from `post.shareCode`) to share or save, and "我已发出".
 */
export function useShareMaterial(source: MaterialSource) {
  const [poster, setPoster] = useState<PosterState>({ status: 'none' });
  const [busy, setBusy] = useState(false);
  const [shared, setShared] = useState(false);
  const postId = 'postId' in source ? source.postId : '';
  const productId = 'productId' in source ? source.productId : '';
  // The refusal's "改在 … 发" is the next load: it plans at the suggested time instead of asking for it all again.
  const nextScheduling = useRef<Scheduling | null>(null);
  const staleLater = useRef<() => () => boolean>(() => () => false);

  /** Draws the poster unless a newer load (or leaving the page) has superseded `stale`'s moment. */
  const drawPoster = useCallback(async (post: Post, product: Product | null, shop: Shop, stale: () => boolean) => {
    setPoster({ status: 'drawing' });
    try {
      const code = await postApi.shareCode(product?.id);
      const src = await makePoster(
        { title: product?.title ?? post.text, priceFen: product?.priceFen ?? null, shopName: shop.name, imageUrl: post.images[0] ?? product?.images[0] ?? null, codeImage: code.image },
        `poster-${post.id}`,
      );
      if (!stale()) setPoster({ status: 'ready', src });
    } catch {
      if (!stale()) setPoster({ status: 'failed' });
    }
  }, []);

  const loadMaterial = useCallback(async (): Promise<Material> => {
    const stale = staleLater.current();
    const scheduling = nextScheduling.current;
    nextScheduling.current = null;
    let material: Material;
    if (scheduling) {
      material = await scheduleMaterial(scheduling);
    } else {
      const shop = await callFunction('shop', 'mine', {});
      if (postId) {
        const post = await postById(postId);
        const product = post.productId ? await catalogApi.get(post.productId).catch(() => null) : null;
        material = { status: 'ready', post, product, shop };
      } else {
        const product = await catalogApi.get(productId);
        // Left the page (or asked again) meanwhile: plan nothing. useResource drops this answer unseen.
        if (stale()) throw new ApiError('INTERNAL', '');
        material = await scheduleMaterial({ product, shop, at: new Date(Date.now() + POST_NOW_DELAY_MS).toISOString() });
      }
    }
    if (material.status === 'ready' && !stale()) void drawPoster(material.post, material.product, material.shop, stale);
    return material;
  }, [postId, productId, drawPoster]);

  // A failed plan at the suggested time shows its error, like a failed load.
  const material = useResource(loadMaterial, { refreshErrorReplaces: true });
  staleLater.current = material.superseded;
  const { reload: reloadMaterial, refresh: refreshMaterial, update, superseded } = material;
  const state: MaterialState = material.state.status === 'ready' ? material.state.data : material.state;

  const load = useCallback(() => {
    setPoster({ status: 'none' });
    setShared(false);
    return reloadMaterial();
  }, [reloadMaterial]);

  /** The refusal's one-tap "改在 … 发": plans the post at the suggested time (the caller asked for consent first). */
  const scheduleAtSuggested = useCallback(async (): Promise<Post | null> => {
    if (state.status !== 'refused' || !state.refusal.nextAllowedAt || busy) return null;
    setBusy(true);
    nextScheduling.current = { product: state.product, shop: state.shop, at: state.refusal.nextAllowedAt };
    await refreshMaterial();
    setBusy(false);
    return null;
  }, [state, busy, refreshMaterial]);

  const copy = useCallback(async () => {
    if (state.status === 'ready') await copyPostText(state.post.text);
  }, [state]);

  /** Where a friend lands from the shared image: the product's page, or the shop's for a post without one. */
  const sharedProductId = state.status === 'ready' ? (state.product?.id ?? state.post.productId ?? '') : '';
  const entrancePath = state.status !== 'ready' ? '' : sharedProductId ? productPagePath(sharedProductId) : shopPagePath(state.shop.id);

  // Runs first in the seller's tap: nothing is awaited before WeChat's menu is asked for.
  const share = useCallback(async () => {
    if (state.status !== 'ready' || poster.status !== 'ready') return;
    if (await sharePoster(poster.src, `shuren-${state.post.id}`, entrancePath)) setShared(true);
  }, [state, poster, entrancePath]);

  /** "重新生成" after a failed poster. */
  const redrawPoster = useCallback(() => {
    if (state.status !== 'ready') return;
    void drawPoster(state.post, state.product, state.shop, superseded());
  }, [state, drawPoster, superseded]);

  const markPosted = useCallback(async (): Promise<boolean> => {
    if (state.status !== 'ready' || busy) return false;
    setBusy(true);
    try {
      const post = await postApi.markPosted(state.post.id);
      update((m) => (m.status === 'ready' ? { ...m, post } : m));
      return true;
    } catch (err) {
      // a refusal (not due yet, paused, a rule) keeps the material on screen and says why
      showError(toApiError(err).message, postsUi.actionFailed);
      return false;
    } finally {
      setBusy(false);
    }
  }, [state, busy, update]);

  return { state, poster, busy, shared, reload: load, scheduleAtSuggested, copy, share, redrawPoster, markPosted, setShared };
}
