import { supplySettleSchema } from '../../../types/supply';
import { toFieldErrors } from '../../../types/validation';
import { parseYuanToFen } from '../catalog';

export interface SettleFormValues {
  /** yuan, as typed */
  amount: string;
  note: string;
}

export type SettleErrors = Partial<Record<'amount' | 'note', string>>;
export type SettleCheck = { ok: true; amountFen: number; note: string } | { ok: false; errors: SettleErrors };

/** A backend (or schema) field → the form's: amountFen is typed in yuan. */
export function settleErrorsFrom(fields: Record<string, string>): SettleErrors {
  const out: SettleErrors = {};
  if (fields.amountFen) out.amount = fields.amountFen;
  if (fields.note) out.note = fields.note;
  return out;
}

/** 记一笔收款: the amount in yuan → fen exactly, checked with the schema `supply.settle` uses. */
export function checkSettleForm(shopId: string, values: SettleFormValues): SettleCheck {
  const amount = parseYuanToFen(values.amount);
  const parsed = supplySettleSchema.safeParse({ shopId, amountFen: amount.ok ? amount.fen : undefined, note: values.note.trim() });
  const errors = parsed.success ? {} : settleErrorsFrom(toFieldErrors(parsed.error).fields);
  if (!amount.ok) errors.amount = amount.error;
  if (!parsed.success || !amount.ok) return { ok: false, errors };
  return { ok: true, amountFen: parsed.data.amountFen, note: parsed.data.note ?? '' };
}
