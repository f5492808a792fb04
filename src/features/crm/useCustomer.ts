import { useCallback, useEffect, useRef, useState } from 'react';
import type { Customer } from '../../../types/crm';
import { crmUi } from '../../../types/zh-CN/crm-ui';
import { toApiError, type ApiError } from '../../api';
import { toast } from '../../utils/feedback';
import { crmApi } from './api';
import { cachedCustomer, findCustomer, rememberCustomers } from './customerCache';
import { tagError, tagsError } from './tags';

export type CustomerState = { status: 'loading' } | { status: 'missing' } | { status: 'error'; error: ApiError } | { status: 'ready'; customer: Customer };

/** One customer (from the list, else found by paging `crm.list`), with the note (`crm.note`) and tags (`crm.tag`) editors. */
export function useCustomer(customerId: string) {
  const [state, setState] = useState<CustomerState>(() => {
    const c = cachedCustomer(customerId);
    return c ? { status: 'ready', customer: c } : { status: 'loading' };
  });
  const [note, setNote] = useState(() => cachedCustomer(customerId)?.note ?? '');
  const [tags, setTags] = useState<string[]>(() => cachedCustomer(customerId)?.tags ?? []);
  const [draftTag, setDraftTag] = useState('');
  const [tagMessage, setTagMessage] = useState<string | null>(null);
  const [noteMessage, setNoteMessage] = useState<string | null>(null);
  const [savingNote, setSavingNote] = useState(false);
  const [savingTags, setSavingTags] = useState(false);
  const alive = useRef(true);

  const show = useCallback((customer: Customer) => {
    rememberCustomers([customer]);
    setState({ status: 'ready', customer });
    setNote(customer.note);
    setTags(customer.tags);
  }, []);

  const load = useCallback(async () => {
    if (!customerId) {
      setState({ status: 'missing' });
      return;
    }
    if (!cachedCustomer(customerId)) setState({ status: 'loading' });
    try {
      const found = await findCustomer(customerId);
      if (!alive.current) return;
      if (found) show(found);
      else setState({ status: 'missing' });
    } catch (err) {
      if (alive.current && !cachedCustomer(customerId)) setState({ status: 'error', error: toApiError(err) });
    }
  }, [customerId, show]);

  useEffect(() => {
    alive.current = true;
    if (!cachedCustomer(customerId)) void load();
    return () => {
      alive.current = false;
    };
  }, [customerId, load]);

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

  const addTag = useCallback((): boolean => {
    const error = tagError(draftTag, tags);
    setTagMessage(error);
    if (error) return false;
    setTags([...tags, draftTag.trim()]);
    setDraftTag('');
    return true;
  }, [draftTag, tags]);

  const removeTag = useCallback((tag: string) => {
    setTags((prev) => prev.filter((t) => t !== tag));
    setTagMessage(null);
  }, []);

  const saveTags = useCallback(async () => {
    const error = tagsError(tags);
    setTagMessage(error);
    if (error) return;
    setSavingTags(true);
    try {
      const customer = await crmApi.tag(customerId, tags);
      if (!alive.current) return;
      show(customer);
      toast(crmUi.customer.tagsSaved);
    } catch (err) {
      const e = toApiError(err);
      if (alive.current) setTagMessage(Object.values(e.fields)[0] ?? e.message);
    } finally {
      if (alive.current) setSavingTags(false);
    }
  }, [customerId, tags, show]);

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
    savingTags,
    tagsChanged: saved !== null && tags.join('\n') !== saved.tags.join('\n'),
    saveTags,
  };
}
