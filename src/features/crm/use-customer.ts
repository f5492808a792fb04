import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Customer } from '../../../types/crm';
import { crmUi } from '../../../types/zh-CN/crm-ui';
import { toApiError, type ApiError } from '../../api';
import { readyResource, useResource, type Resource } from '../../hooks/use-resource';
import { toast } from '../../utils/feedback';
import { crmApi } from './api';
import { cachedCustomer, findCustomer, rememberCustomers } from './customer-cache';
import { tagError, tagsError } from './tags';

/** Where the last tag change stands: nothing yet, on its way, kept by the server, or refused/lost. */
export type TagSaveState = 'idle' | 'saving' | 'saved' | 'failed';

export type CustomerState = { status: 'loading' } | { status: 'missing' } | { status: 'error'; error: ApiError } | { status: 'ready'; customer: Customer };

/** What the page shows: a failed refresh of a customer on screen keeps the customer (as before, without a note). */
function customerState(resource: Resource<Customer | null>): CustomerState {
  if (resource.status !== 'ready') return resource;
  return resource.data ? { status: 'ready', customer: resource.data } : { status: 'missing' };
}

/** One customer (from the list, else found by paging `crm.list`), with the note (`crm.note`) and tags (`crm.tag`) editors. */
export function useCustomer(customerId: string) {
  const alive = useRef(true);
  const sendingTags = useRef(false);
  const [note, setNote] = useState(() => cachedCustomer(customerId)?.note ?? '');
  const [tags, setTags] = useState<string[]>(() => cachedCustomer(customerId)?.tags ?? []);
  const [draftTag, setDraftTag] = useState('');
  const [tagMessage, setTagMessage] = useState<string | null>(null);
  const [noteMessage, setNoteMessage] = useState<string | null>(null);
  const [savingNote, setSavingNote] = useState(false);
  const [tagSave, setTagSave] = useState<TagSaveState>('idle');
  const pendingTags = useRef<string[] | null>(null);

  const showEditors = useCallback((customer: Customer) => {
    setNote(customer.note);
    // A note saved while a tag change is on its way must not put the old chips back.
    if (!sendingTags.current) setTags(customer.tags);
  }, []);

  // null: no such customer (or no id in the link).
  const loadCustomer = useCallback(async (): Promise<Customer | null> => {
    const found = await findCustomer(customerId);
    if (found && alive.current) showEditors(found);
    return found;
  }, [customerId, showEditors]);
  // A customer from the list shows at once and is not asked for; a link without an id is missing at once.
  const initial = useMemo<Resource<Customer | null> | undefined>(() => {
    const cached = customerId ? cachedCustomer(customerId) : null;
    return cached || !customerId ? readyResource(cached) : undefined;
  }, [customerId]);
  const customer = useResource(loadCustomer, { enabled: initial === undefined, initial });
  const { replace, reload: reloadCustomer, refresh: refreshCustomer } = customer;

  const show = useCallback(
    (c: Customer) => {
      rememberCustomers([c]);
      replace(c);
      showEditors(c);
    },
    [replace, showEditors],
  );

  // A customer already on screen (or in the list's cache) stays while it is asked for again; a failure keeps it.
  const load = useCallback(
    () => (!customerId ? Promise.resolve() : cachedCustomer(customerId) ? refreshCustomer() : reloadCustomer()),
    [customerId, refreshCustomer, reloadCustomer],
  );

  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
    };
  }, [customerId]);

  const state = customerState(customer.state);

  const saveNote = useCallback(async () => {
    setSavingNote(true);
    setNoteMessage(null);
    try {
      const customer = await crmApi.note(customerId, note);
      if (!alive.current) return;
      show(customer);
      toast(customer.note ? crmUi.customer.noteSaved : crmUi.customer.noteCleared);
    } catch (err) {
      const e = toApiError(err);
      if (alive.current) setNoteMessage(e.fields.note ?? e.message);
    } finally {
      if (alive.current) setSavingNote(false);
    }
  }, [customerId, note, show]);

  // Tags are saved as they change (no separate save): one request at a time, always the latest list,
  // so quick adds and removes reach the server in order and the last one wins.
  const flushTags = useCallback(async () => {
    if (sendingTags.current) return;
    sendingTags.current = true;
    try {
      for (let next = pendingTags.current; next !== null; next = pendingTags.current) {
        pendingTags.current = null;
        if (alive.current) setTagSave('saving');
        try {
          const customer = await crmApi.tag(customerId, next);
          rememberCustomers([customer]);
          if (alive.current && pendingTags.current === null) {
            replace(customer);
            setTags(customer.tags);
            setTagSave('saved');
          }
        } catch (err) {
          const e = toApiError(err);
          if (pendingTags.current !== null) continue;
          // The chips keep what the seller chose; 重试 sends it again.
          if (alive.current) {
            setTagSave('failed');
            setTagMessage(Object.values(e.fields)[0] ?? e.message);
          }
        }
      }
    } finally {
      sendingTags.current = false;
    }
  }, [customerId, replace]);

  const persistTags = useCallback(
    (next: string[]) => {
      const error = tagsError(next);
      setTagMessage(error);
      if (error) return;
      pendingTags.current = next;
      void flushTags();
    },
    [flushTags],
  );

  const addTag = useCallback((): boolean => {
    const error = tagError(draftTag, tags);
    setTagMessage(error);
    if (error) return false;
    const next = [...tags, draftTag.trim()];
    setTags(next);
    setDraftTag('');
    persistTags(next);
    return true;
  }, [draftTag, tags, persistTags]);

  const removeTag = useCallback(
    (tag: string) => {
      const next = tags.filter((t) => t !== tag);
      setTags(next);
      persistTags(next);
    },
    [tags, persistTags],
  );

  const retryTags = useCallback(() => persistTags(tags), [tags, persistTags]);

  // Leaving the page with a tag typed but not added, or with a save that failed, saves it anyway:
  // the seller's input is never dropped silently. (Fire and forget: the page is gone; the list's
  // cache learns the answer.)
  const latest = useRef({ tags, draftTag, tagSave });
  latest.current = { tags, draftTag, tagSave };
  useEffect(
    () => () => {
      const { tags: shown, draftTag: draft, tagSave: status } = latest.current;
      const withDraft = tagError(draft, shown) === null ? [...shown, draft.trim()] : shown;
      if (withDraft === shown && status !== 'failed') return;
      if (tagsError(withDraft) !== null) return;
      crmApi.tag(customerId, withDraft).then(
        (customer) => rememberCustomers([customer]),
        () => undefined,
      );
    },
    [customerId],
  );

  const saved = state.status === 'ready' ? state.customer : null;
  return {
    state,
    reload: load,
    note,
    setNote,
    noteMessage,
    savingNote,
    noteChanged: saved !== null && note.trim() !== saved.note,
    saveNote,
    tags,
    draftTag,
    setDraftTag: (v: string) => {
      setDraftTag(v);
      setTagMessage(null);
    },
    tagMessage,
    addTag,
    removeTag,
    tagSave,
    retryTags,
  };
}
