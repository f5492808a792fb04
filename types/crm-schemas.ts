import { z } from 'zod';
import { cursor, int, list, optionalText, requiredId, text } from './validation';
import { validationText } from './zh-CN/errors';

export const crmListSchema = z.object({
  q: optionalText('搜索', 30),
  tag: optionalText('标签', 10),
  cursor: cursor('分页位置'),
});

export const crmGetSchema = z.object({ customerId: requiredId('顾客') });

export const crmNoteSchema = z.object({
  customerId: requiredId('顾客'),
  /** absent or blank clears the note */
  note: optionalText('备注', 500),
});

export const crmTagSchema = z.object({
  customerId: requiredId('顾客'),
  tags: list('标签', text('标签', 10), 10),
});

export const crmFollowupsSchema = z.object({});

export const crmDoneSchema = z.object({
  followUpId: requiredId('回访'),
  /** snooze for this many days instead of marking done */
  snoozeDays: int('推迟天数', 1, 30).optional(),
});

export const statsSummarySchema = z.object({ days: int('天数', 1, 90).optional() });

export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const exportCsvSchema = z.object({
  kind: z.enum(['customers', 'orders'], { error: validationText.invalid('导出内容') }),
  /** csv (the default, as before) or a real Excel workbook whose identifiers are text cells */
  format: z.enum(EXPORT_FORMATS, { error: validationText.invalid('导出格式') }).optional(),
});
