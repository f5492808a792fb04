import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Post, PostPolicyView } from '../../../types/post';
import type { Product } from '../../../types/product';
import { postsUi } from '../../../types/zh-CN/posts-ui';
import { toApiError, type ApiError } from '../../api';
import { catalogApi } from '../catalog';
import { useImageList } from '../uploads';
import { postApi } from './api';
import { draftFromProduct } from './lists';
import { DAY_MS, dayIndexAt } from './time';
import { useSlotChoice } from './useSlotChoice';
import type { Slot } from '../../../types/rules/posting/usage';

export type ComposerLoad =
  | { status: 'loading' }
  | { status: 'error'; error: ApiError }
  | { status: 'ready'; view: PostPolicyView; posts: Post[]; products: Product[] };

/** A POSTING_LIMIT answer: the backend's zh-CN sentence and the time it suggests (null: none within 60 days). */
export interface Refusal {
  message: string;
  rule: string | null;
  nextAllowedAt: string | null;
}

/** How many days the day picker offers: a fortnight. */
export const COMPOSER_DAYS = 14;

/** The refusal in a POSTING_LIMIT error, or null for any other error. */
export function refusalFrom(error: ApiError): Refusal | null {
  if (error.code !== 'POSTING_LIMIT') return null;
  const next = error.details.nextAllowedAt;
  const rule = error.details.rule;
  return { message: error.message, rule: typeof rule === 'string' ? rule : null, nextAllowedAt: typeof next === 'string' ? next : null };
}

export { pickerSlots, SLOT_MINUTES } from './useSlotChoice';

/**
 * The composer (`/seller/posts/compose`): pick a product (pre-fills the text from its title, price
 * and story), images, a day and an allowed time, and whether followers are told. `submit` takes the
 * consent promise the tap handler already started (requestSubscribeMessage must come first, in the tap).
 */
export function useComposer(initialProductId: string) {
  const [load, setLoad] = useState<ComposerLoad>({ status: 'loading' });
  const [productId, setProductId] = useState<string | null>(null);
  const [text, setText] = useState('');
  const [notifyFollowers, setNotifyFollowers] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  /** the backend's word on the text itself (CONTENT_REJECTED, or a bound), shown under the text */
  const [textError, setTextError] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [now, setNow] = useState(() => Date.now());
  const images = useImageList('products', 9);
  const latest = useRef(0);

  const view = load.status === 'ready' ? load.view : null;
  const posts = load.status === 'ready' ? load.posts : null;
  const timeZone = view?.policy.timeZone ?? 'Asia/Shanghai';
  const today = dayIndexAt(now, timeZone);
  const days = useMemo(() => Array.from({ length: COMPOSER_DAYS }, (_, i) => today + i), [today]);
  const choice = useSlotChoice({ view, posts, productId, now, initialDay: null });
  const { reset: resetChoice, pickDay: pickDayOf, tap: tapSlot, moveTo: moveChoice, clearTime } = choice;

  const choose = useCallback(
    (product: Product | null) => {
      setProductId(product?.id ?? null);
      if (product) setText(draftFromProduct(product));
      // another product may not go at the chosen time (productRepeat): choose again on the same day
      clearTime();
      setRefusal(null);
      setFormError(null);
    },
    [clearTime],
  );

  const reload = useCallback(async () => {
    const request = ++latest.current;
    const at = Date.now();
    try {
      const [view, posts, catalog] = await Promise.all([
        postApi.policy(),
        postApi.list(new Date(at - 15 * DAY_MS).toISOString(), new Date(at + 61 * DAY_MS).toISOString()),
        catalogApi.listMine(),
      ]);
      if (request !== latest.current) return;
      setNow(at);
      setLoad({ status: 'ready', view, posts, products: catalog.active });
      return { view, products: catalog.active };
    } catch (err) {
      if (request === latest.current) setLoad({ status: 'error', error: toApiError(err) });
      return undefined;
    }
  }, []);

  useEffect(() => {
    void reload().then((data) => {
      if (!data) return;
      const tz = data.view.policy.timeZone;
      const first = data.view.nextAllowedAt ? Date.parse(data.view.nextAllowedAt) : Date.now();
      resetChoice(dayIndexAt(first, tz));
      const product = data.products.find((p) => p.id === initialProductId);
      if (product) choose(product);
    });
    return () => {
      latest.current += 1;
    };
  }, [reload, initialProductId, choose, resetChoice]);

  const product = load.status === 'ready' ? (load.products.find((p) => p.id === productId) ?? null) : null;

  const pickDay = useCallback(
    (day: number) => {
      pickDayOf(day);
      setRefusal(null);
    },
    [pickDayOf],
  );
  const pickTime = useCallback(
    (slot: Slot) => {
      tapSlot(slot);
      if (!slot.allowed) return;
      setRefusal(null);
      setFormError(null);
    },
    [tapSlot],
  );
  const moveTo = useCallback(
    (iso: string) => {
      moveChoice(iso);
      setRefusal(null);
      setFormError(null);
    },
    [moveChoice],
  );
  const editText = useCallback((value: string) => {
    setText(value);
    setFormError(null);
    setTextError(null);
  }, []);

  /** Schedules at the chosen slot, or at `atOverride` (the refusal's suggested time). */
  const submit = useCallback(
    async (consent: Promise<unknown>, atOverride?: string): Promise<Post | null> => {
      if (submitting) return null;
      const at = atOverride ?? (choice.chosenAt ? choice.chosenAt.toISOString() : null);
      if (!text.trim()) {
        setFormError(postsUi.composer.textRequired);
        return null;
      }
      if (!at) {
        setFormError(postsUi.composer.pickTime);
        return null;
      }
      if (images.uploading) {
        setFormError(postsUi.composer.waitUploads);
        return null;
      }
      setSubmitting(true);
      setFormError(null);
      try {
        const pictures = images.urls.length > 0 ? images.urls : (product?.images ?? []);
        const post = await postApi.schedule({
          at,
          text: text.trim(),
          ...(productId ? { productId } : {}),
          ...(pictures.length ? { images: pictures.slice(0, 9) } : {}),
          notifyFollowers,
        });
        setRefusal(null);
        await consent;
        return post;
      } catch (err) {
        const error = toApiError(err);
        const refused = refusalFrom(error);
        setRefusal(refused);
        setTextError(error.fields.text ?? null);
        if (!refused) setFormError(error.message);
        void reload();
        return null;
      } finally {
        setSubmitting(false);
      }
    },
    [submitting, choice.chosenAt, text, images.uploading, images.urls, product, productId, notifyFollowers, reload],
  );

  return {
    load,
    reload,
    products: load.status === 'ready' ? load.products : [],
    product,
    productId,
    choose,
    text,
    editText,
    images,
    days,
    today,
    dayIndex: choice.dayIndex,
    pickDay,
    slots: choice.slots,
    time: choice.time,
    pickTime,
    reason: choice.reason,
    closeReason: choice.closeReason,
    moveTo,
    chosenText: choice.chosenText,
    notifyFollowers,
    setNotifyFollowers,
    formError,
    textError,
    refusal,
    submitting,
    submit,
    timeZone,
  };
}
