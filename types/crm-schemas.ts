import { z } from 'zod';
import { cursor, int, list, optionalText, requiredId, text } from './validation';
import { validationText } from './zh-CN/errors';
import { crmFieldText } from './zh-CN/validation';
import { dropFieldText } from './zh-CN/drop-fields';

export const crmListSchema = z.object({
  q: optionalText(crmFieldText.search, 30),
  tag: optionalText(crmFieldText.tag, 10),
  cursor: cursor(crmFieldText.cursor),
});

export const crmGetSchema = z.object({ customerId: requiredId(crmFieldText.customer) });

export const crmNoteSchema = z.object({
  customerId: requiredId(crmFieldText.customer),
  /** absent or blank clears the note */
  note: optionalText(crmFieldText.note, 500),
});

export const crmTagSchema = z.object({
  customerId: requiredId(crmFieldText.customer),
  tags: list(crmFieldText.tag, text(crmFieldText.tag, 10), 10),
});

export const crmFollowupsSchema = z.object({});

export const crmDoneSchema = z.object({
  followUpId: requiredId(crmFieldText.followUp),
  /** snooze for this many days instead of marking done */
  snoozeDays: int(crmFieldText.snoozeDays, 1, 30).optional(),
});

export const statsSummarySchema = z.object({ days: int(crmFieldText.days, 1, 90).optional() });

export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const exportCsvSchema = z
  .object({
    /** `drop`: a drop's pick list (issue 17), one row per order line */
    kind: z.enum(['customers', 'orders', 'drop'], { error: validationText.invalid(crmFieldText.exportKind) }),
    /** csv (the default, as before) or a real Excel workbook whose identifiers are text cells */
    format: z.enum(EXPORT_FORMATS, { error: validationText.invalid(crmFieldText.exportFormat) }).optional(),
    /** the drop, for kind `drop` */
    dropId: requiredId(dropFieldText.drop).optional(),
  })
  .superRefine((v, ctx) => {
    if (v.kind === 'drop' && v.dropId === undefined) ctx.addIssue({ code: 'custom', path: ['dropId'], message: validationText.required(dropFieldText.drop), params: { kind: 'required' } });
  });
