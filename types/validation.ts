import { z } from 'zod';
import { charLength } from './text';
import { validationText } from './zh-CN/errors';

/**
 * Schema builders that speak zh-CN and tell the runtime which failures are "too large"
 * (a text or list over its bound → TOO_LARGE) and which are plain bad input.
 * The app's forms use the same builders through the schemas, so a field shows the same
 * message in the form as the backend would send.
 */
type IssueKind = 'required' | 'tooLarge' | 'invalid';

function typeError(label: string) {
  return (issue: { input?: unknown }) =>
    issue.input === undefined || issue.input === null ? validationText.required(label) : validationText.invalid(label);
}

/** A trimmed text of `min`–`max` code points. A blank text counts as missing. */
export function text(label: string, max: number, min = 1) {
  return z
    .string({ error: typeError(label) })
    .transform((s) => s.trim())
    .superRefine((s, ctx) => {
      const n = charLength(s);
      if (s.includes('\u0000')) {
        // PostgreSQL text cannot hold NUL: refuse it here rather than fail in the database.
        ctx.addIssue({ code: 'custom', message: validationText.invalid(label), params: { kind: 'invalid' } });
      } else if (n === 0 && min > 0) {
        ctx.addIssue({ code: 'custom', message: validationText.required(label), params: { kind: 'required' } });
      } else if (n > max) {
        ctx.addIssue({ code: 'custom', message: validationText.tooLong(label, max), params: { kind: 'tooLarge', max } });
      } else if (n < min) {
        ctx.addIssue({ code: 'custom', message: validationText.tooShort(label, min), params: { kind: 'invalid', min } });
      }
    });
}

/**
 * An optional text: absent, null or blank all mean "not given" (the contract: blank counts as missing),
 * which parses to undefined so that an update leaves the stored value alone.
 */
export function optionalText(label: string, max: number) {
  return z
    .union([z.string({ error: typeError(label) }), z.null()], { error: typeError(label) })
    .optional()
    .transform((s) => (s == null ? undefined : s.trim() || undefined))
    .superRefine((s, ctx) => {
      if (s !== undefined && s.includes('\u0000')) {
        ctx.addIssue({ code: 'custom', message: validationText.invalid(label), params: { kind: 'invalid' } });
      } else if (s !== undefined && charLength(s) > max) {
        ctx.addIssue({ code: 'custom', message: validationText.tooLong(label, max), params: { kind: 'tooLarge', max } });
      }
    });
}

/**
 * Like optionalText, but an explicit `null` means "clear it" (parses to null), while absent or blank
 * still means "leave it as it is".
 */
export function clearableText(label: string, max: number) {
  return z.union([z.null(), optionalText(label, max)], { error: typeError(label) });
}

export function int(label: string, min: number, max: number) {
  return z.number({ error: typeError(label) }).superRefine((n, ctx) => {
    if (!Number.isInteger(n)) {
      ctx.addIssue({ code: 'custom', message: validationText.integer(label), params: { kind: 'invalid' } });
    } else if (n < min || n > max) {
      ctx.addIssue({ code: 'custom', message: validationText.range(label, min, max), params: { kind: 'invalid' } });
    }
  });
}

const URL_RE = /^(https?:\/\/[^\s]+|cloud:\/\/[^\s]+|\/[^\s]*)$/;
const URL_MAX = 1000;

/** An image address: http(s), a CloudBase file id (cloud://) or a path on this host (/uploads/…). */
export function imageUrl(label: string) {
  return text(label, URL_MAX).superRefine((s, ctx) => {
    if (s && !URL_RE.test(s)) {
      ctx.addIssue({ code: 'custom', message: validationText.url(label), params: { kind: 'invalid' } });
    }
  });
}

export function optionalImageUrl(label: string) {
  return optionalText(label, URL_MAX).superRefine((s, ctx) => {
    if (s !== undefined && !URL_RE.test(s)) {
      ctx.addIssue({ code: 'custom', message: validationText.url(label), params: { kind: 'invalid' } });
    }
  });
}

export function clearableImageUrl(label: string) {
  return z.union([z.null(), optionalImageUrl(label)], { error: typeError(label) });
}

export function list<T extends z.ZodType>(label: string, item: T, max: number) {
  return z.array(item, { error: typeError(label) }).superRefine((items, ctx) => {
    if (items.length > max) {
      ctx.addIssue({ code: 'custom', message: validationText.tooMany(label, max), params: { kind: 'tooLarge', max } });
    }
  });
}

export function requiredId(label: string) {
  return text(label, 64);
}

export interface FieldErrors {
  /** field path ("name", "policy.dailyMax", "items.0.qty") → zh-CN message */
  fields: Record<string, string>;
  /** true when every problem is a text or list over its bound */
  tooLarge: boolean;
}

/** Turns zod issues into per-field zh-CN messages: the runtime sends them, forms show them. */
export function toFieldErrors(error: z.ZodError): FieldErrors {
  const fields: Record<string, string> = {};
  let tooLarge = true;
  for (const issue of error.issues) {
    const path = issue.path.map(String).join('.') || 'body';
    if (!(path in fields)) fields[path] = issue.message;
    const kind = (issue as { params?: { kind?: IssueKind } }).params?.kind;
    if (kind !== 'tooLarge') tooLarge = false;
  }
  return { fields, tooLarge };
}
