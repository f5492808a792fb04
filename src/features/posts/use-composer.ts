import { useCallback, useEffect, useMemo, useReducer, useRef } from 'react';
import type { Post, PostPolicyView } from '../../../types/post';
import type { Product } from '../../../types/product';
import { postsUi } from '../../../types/zh-CN/posts-ui';
import { toApiError, type ApiError } from '../../api';
import { catalogApi } from '../catalog';
import { useImageList } from '../uploads';
import { postApi } from './api';
import { draftFromProduct } from './lists';
import { DAY_MS, dayIndexAt } from './time';
import { useSlotChoice } from './use-slot-choice';
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

export { pickerSlots, SLOT_MINUTES } from './use-slot-choice';

interface ComposerState {
  load: ComposerLoad;
  productId: string | null;
  text: string;
  notifyFollowers: boolean;
  formError: string | null;
  /** the backend's word on the text itself (CONTENT_REJECTED, or a bound), shown under the text */
  textError: string | null;
  refusal: Refusal | null;
  submitting: boolean;
  /** when the policy and posts were asked for: "today" and the slots are computed from it */
  now: number;
}

/** What happens to the composer; each event names what the seller (or the backend) did. */
export type ComposerEvent =
  | { type: 'loaded'; at: number; view: PostPolicyView; posts: Post[]; products: Product[] }
  | { type: 'loadFailed'; error: ApiError }
  | { type: 'productChosen'; product: Product | null }
  | { type: 'dayPicked' }
  | { type: 'timePicked'; allowed: boolean }
  | { type: 'movedToSuggested' }
  | { type: 'textEdited'; text: string }
  | { type: 'notifyChanged'; notify: boolean }
  | { type: 'formInvalid'; message: string }
  | { type: 'submitStarted' }
  | { type: 'scheduled' }
  | { type: 'submitRefused'; refusal: Refusal | null; textError: string | null; message: string | null }
  | { type: 'submitEnded' };

function composerReducer(state: ComposerState, event: ComposerEvent): ComposerState {
  switch (event.type) {
    case 'loaded':
      return { ...state, now: event.at, load: { status: 'ready', view: event.view, posts: event.posts, products: event.products } };
    case 'loadFailed':
      return { ...state, load: { status: 'error', error: event.error } };
    case 'productChosen':
      return { ...state, productId: event.product?.id ?? null, text: event.product ? draftFromProduct(event.product) : state.text, refusal: null, formError: null };
    case 'dayPicked':
      return { ...state, refusal: null };
    case 'timePicked':
      return event.allowed ? { ...state, refusal: null, formError: null } : state;
    case 'movedToSuggested':
      return { ...state, refusal: null, formError: null };
    case 'textEdited':
      return { ...state, text: event.text, formError: null, textError: null };
    case 'notifyChanged':
      return { ...state, notifyFollowers: event.notify };
    case 'formInvalid':
      return { ...state, formError: event.message };
    case 'submitStarted':
      return { ...state, submitting: true, formError: null };
    case 'scheduled':
      return { ...state, refusal: null };
    case 'submitRefused':
      return { ...state, refusal: event.refusal, textError: event.textError, formError: event.refusal ? state.formError : event.message };
    case 'submitEnded':
      return { ...state, submitting: false };
  }
}

function initialComposer(): ComposerState {
  return { load: { status: 'loading' }, productId: null, text: '', notifyFollowers: false, formError: null, textError: null, refusal: null, submitting: false, now: Date.now() };
}

/**
 * The composer (`/seller/posts/compose`): pick a product (pre-fills the text from its title, price
 * and story), images, a day and an allowed time, and whether followers are told. `submit` takes the
 * consent promise the tap handler already started (requestSubscribeMessage must come first, in the tap).
 */
export function useComposer(initialProductId: string) {
  const [state, dispatch] = useReducer(composerReducer, undefined, initialComposer);
  const { load, productId, text, notifyFollowers, formError, textError, refusal, submitting, now } = state;
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
      dispatch({ type: 'productChosen', product });
      // another product may not go at the chosen time (productRepeat): choose again on the same day
      clearTime();
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
      dispatch({ type: 'loaded', at, view, posts, products: catalog.active });
      return { view, products: catalog.active };
    } catch (err) {
      if (request === latest.current) dispatch({ type: 'loadFailed', error: toApiError(err) });
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
      dispatch({ type: 'dayPicked' });
    },
    [pickDayOf],
  );
  const pickTime = useCallback(
    (slot: Slot) => {
      tapSlot(slot);
      dispatch({ type: 'timePicked', allowed: slot.allowed });
    },
    [tapSlot],
  );
  const moveTo = useCallback(
    (iso: string) => {
      moveChoice(iso);
      dispatch({ type: 'movedToSuggested' });
    },
    [moveChoice],
  );
  const editText = useCallback((value: string) => dispatch({ type: 'textEdited', text: value }), []);
  const setNotifyFollowers = useCallback((notify: boolean) => dispatch({ type: 'notifyChanged', notify }), []);

  /** Schedules at the chosen slot, or at `atOverride` (the refusal's suggested time). */
  const submit = useCallback(
    async (consent: Promise<unknown>, atOverride?: string): Promise<Post | null> => {
      if (submitting) return null;
      const at = atOverride ?? (choice.chosenAt ? choice.chosenAt.toISOString() : null);
      if (!text.trim()) {
        dispatch({ type: 'formInvalid', message: postsUi.composer.textRequired });
        return null;
      }
      if (!at) {
        dispatch({ type: 'formInvalid', message: postsUi.composer.pickTime });
        return null;
      }
      if (images.uploading) {
        dispatch({ type: 'formInvalid', message: postsUi.composer.waitUploads });
        return null;
      }
      dispatch({ type: 'submitStarted' });
      try {
        const pictures = images.urls.length > 0 ? images.urls : (product?.images ?? []);
        const post = await postApi.schedule({
          at,
          text: text.trim(),
          ...(productId ? { productId } : {}),
          ...(pictures.length ? { images: pictures.slice(0, 9) } : {}),
          notifyFollowers,
        });
        dispatch({ type: 'scheduled' });
        await consent;
        return post;
      } catch (err) {
        const error = toApiError(err);
        dispatch({ type: 'submitRefused', refusal: refusalFrom(error), textError: error.fields.text ?? null, message: error.message });
        void reload();
        return null;
      } finally {
        dispatch({ type: 'submitEnded' });
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
