import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Post, PostPolicyView } from '../../../types/post';
import type { Product } from '../../../types/product';
import { postsUi } from '../../../types/zh-CN/posts-ui';
import { daySlots, type Slot } from '../../../cloud/core/posting/usage';
import { toApiError, type ApiError } from '../../api';
import { catalogApi } from '../catalog/api';
import { useImageList } from '../uploads';
import { postApi } from './api';
import { countedFrom, draftFromProduct } from './lists';
import { DAY_MS, dateKey, dayIndexAt } from './time';

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
/** Slot step of the time picker. */
export const SLOT_MINUTES = 30;
/** Quiet hours always cover 00:00–06:00, so the picker starts at 06:00. */
const FIRST_SLOT_MINUTE = 6 * 60;

/** The refusal in a POSTING_LIMIT error, or null for any other error. */
export function refusalFrom(error: ApiError): Refusal | null {
  if (error.code !== 'POSTING_LIMIT') return null;
  const next = error.details.nextAllowedAt;
  const rule = error.details.rule;
  return { message: error.message, rule: typeof rule === 'string' ? rule : null, nextAllowedAt: typeof next === 'string' ? next : null };
}

/** The time picker's slots for a day, from 06:00: the policy's own daySlots over the posts that count. */
export function pickerSlots(view: PostPolicyView, posts: readonly Post[], dayIndex: number, productId: string | null, now: number, exceptId?: string): Slot[] {
  return daySlots(view.policy, countedFrom(posts, exceptId), { date: dateKey(dayIndex), productId, stepMinutes: SLOT_MINUTES }, new Date(now)).slice(FIRST_SLOT_MINUTE / SLOT_MINUTES);
}

/**
 * The composer (`/seller/posts/compose`): pick a product (pre-fills the text from its title, price
 * and story), images, a day and an allowed time, and whether followers are told. `submit` takes the
 * consent promise the tap handler already started (requestSubscribeMessage must come first, in the tap).
 */
export function useComposer(initialProductId: string) {
  const [load, setLoad] = useState<ComposerLoad>({ status: 'loading' });
  const [productId, setProductId] = useState<string | null>(null);
  const [text, setText] = useState('');
  const [dayIndex, setDayIndex] = useState<number | null>(null);
  const [time, setTime] = useState<string | null>(null);
  const [notifyFollowers, setNotifyFollowers] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  /** the backend's word on the text itself (CONTENT_REJECTED, or a bound), shown under the text */
  const [textError, setTextError] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [now, setNow] = useState(() => Date.now());
  const images = useImageList('products', 9);
  const latest = useRef(0);

  const choose = useCallback((product: Product | null) => {
    setProductId(product?.id ?? null);
    if (product) setText(draftFromProduct(product));
    setTime(null);
    setRefusal(null);
    setFormError(null);
  }, []);

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
      setDayIndex(dayIndexAt(first, tz));
      const product = data.products.find((p) => p.id === initialProductId);
      if (product) choose(product);
    });
    return () => {
      latest.current += 1;
    };
  }, [reload, initialProductId, choose]);

  const view = load.status === 'ready' ? load.view : null;
  const posts = load.status === 'ready' ? load.posts : null;
  const timeZone = view?.policy.timeZone ?? 'Asia/Shanghai';
  const today = dayIndexAt(now, timeZone);
  const days = useMemo(() => Array.from({ length: COMPOSER_DAYS }, (_, i) => today + i), [today]);
  const slots = useMemo(
    () => (view && posts && dayIndex !== null ? pickerSlots(view, posts, dayIndex, productId, now) : []),
    [view, posts, dayIndex, productId, now],
  );
  const chosen = slots.find((s) => s.time === time && s.allowed && s.at) ?? null;
  const product = load.status === 'ready' ? (load.products.find((p) => p.id === productId) ?? null) : null;

  const pickDay = useCallback((day: number) => {
    setDayIndex(day);
    setTime(null);
    setRefusal(null);
  }, []);
  const pickTime = useCallback((slot: Slot) => {
    if (!slot.allowed) return;
    setTime(slot.time);
    setRefusal(null);
    setFormError(null);
  }, []);
  const editText = useCallback((value: string) => {
    setText(value);
    setFormError(null);
    setTextError(null);
  }, []);

  /** Schedules at the chosen slot, or at `atOverride` (the refusal's suggested time). */
  const submit = useCallback(
    async (consent: Promise<unknown>, atOverride?: string): Promise<Post | null> => {
      if (submitting) return null;
      const at = atOverride ?? (chosen?.at ? chosen.at.toISOString() : null);
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
    [submitting, chosen, text, images.uploading, images.urls, product, productId, notifyFollowers, reload],
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
    dayIndex,
    pickDay,
    slots,
    time,
    pickTime,
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
