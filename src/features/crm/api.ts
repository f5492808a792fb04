import { callFunction } from '../../api';
import type { ExportFormat } from '../../../types/crm-schemas';

/** `crm.*`, `stats.summary`, `export.csv` and `shop.followers` (owner of a shop only; the backend checks it on every call). */
export const crmApi = {
  list: (params: { q?: string; tag?: string; cursor?: string }) =>
    callFunction('crm', 'list', {
      ...(params.q?.trim() ? { q: params.q.trim() } : {}),
      ...(params.tag ? { tag: params.tag } : {}),
      ...(params.cursor ? { cursor: params.cursor } : {}),
    }),
  /** a blank note clears it */
  get: (customerId: string) => callFunction('crm', 'get', { customerId }),
  note: (customerId: string, note: string) => callFunction('crm', 'note', { customerId, ...(note.trim() ? { note: note.trim() } : {}) }),
  tag: (customerId: string, tags: string[]) => callFunction('crm', 'tag', { customerId, tags }),
  followups: () => callFunction('crm', 'followups', {}),
  done: (followUpId: string) => callFunction('crm', 'done', { followUpId }),
  snooze: (followUpId: string, snoozeDays: number) => callFunction('crm', 'done', { followUpId, snoozeDays }),
  summary: (days?: number) => callFunction('stats', 'summary', days ? { days } : {}),
  /** csv as before (no `format` sent), or xlsx: a workbook whose phones and order numbers stay as typed */
  exportCsv: (kind: 'customers' | 'orders', format: ExportFormat = 'csv') => callFunction('export', 'csv', format === 'csv' ? { kind } : { kind, format }),
  followers: () => callFunction('shop', 'followers', {}),
};
