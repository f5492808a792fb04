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

/**
 * The earliest and latest instants the contract takes: years 0001–9999 in UTC. JS's Date reaches
 * -271821…+275760 and PostgreSQL's timestamptz 4713 BC…294276 AD, but only 4-digit years come back in the
 * contract's own ISO form (toISOString writes ±YYYYYY outside them), and a year 0 or below is not one
 * PostgreSQL takes from an ISO string. Outside: BAD_INPUT, not a database error.
 */
export const MIN_TIME_MS = -62_135_596_800_000; // 0001-01-01T00:00:00.000Z
export const MAX_TIME_MS = 253_402_300_799_999; // 9999-12-31T23:59:59.999Z

const ISO_TIME_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(?:Z|([+-])(\d{2}):(\d{2}))$/;
/** Real offsets run from -12:00 to +14:00; nothing beyond ±14:00 names a place. */
const MAX_OFFSET_MINUTES = 14 * 60;

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const daysIn = (y: number, m: number) => [31, isLeap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];

export type IsoTimeProblem = 'format' | 'noSuchTime' | 'range';

/**
 * Reads an ISO 8601 time with its offset, strictly: every part must exist as written. Date.parse rolls
 * 2026-11-31 over to 1 December and reads 24:00 as the next day; here a day, hour, minute, second or
 * offset that does not exist is refused, as is an instant outside MIN_TIME_MS…MAX_TIME_MS.
 */
export function parseIsoTime(s: string): Date | IsoTimeProblem {
  const m = ISO_TIME_RE.exec(s);
  if (!m) return 'format';
  const [y, mo, d, h, mi] = [m[1], m[2], m[3], m[4], m[5]].map(Number);
  const sec = m[6] === undefined ? 0 : Number(m[6]);
  const ms = m[7] === undefined ? 0 : Number(m[7].padEnd(3, '0'));
  const offset = m[8] === undefined ? 0 : (m[8] === '-' ? -1 : 1) * (Number(m[9]) * 60 + Number(m[10]));
  if (mo < 1 || mo > 12 || d < 1 || d > daysIn(y, mo) || h > 23 || mi > 59 || sec > 59) return 'noSuchTime';
  if (m[8] !== undefined && (Number(m[10]) > 59 || Math.abs(offset) > MAX_OFFSET_MINUTES)) return 'noSuchTime';
  // setUTCFullYear, unlike Date.UTC, takes years 0–99 as they are (not as 1900–1999)
  const at = new Date(0);
  at.setUTCFullYear(y, mo - 1, d);
  at.setUTCHours(h, mi, sec, ms);
  const t = at.getTime() - offset * 60_000;
  if (t < MIN_TIME_MS || t > MAX_TIME_MS) return 'range';
  return new Date(t);
}

/** An ISO 8601 time with its offset (the contract: times carry an offset), parsed strictly to a Date. */
export function isoTime(label: string) {
  return text(label, 40).transform((s, ctx) => {
    const parsed = parseIsoTime(s);
    if (parsed instanceof Date) return parsed;
    const message = parsed === 'noSuchTime' ? validationText.noSuchTime(label) : parsed === 'range' ? validationText.timeOutOfRange(label) : validationText.isoTime(label);
    ctx.addIssue({ code: 'custom', message, params: { kind: 'invalid' } });
    return z.NEVER;
  });
}

/**
 * A paging cursor as the client got it: opaque, URL-safe base64 (or the digits of an offset), at most 200
 * characters. What it holds is read in one place on the server (cloud/core/runtime/cursor.ts).
 */
export function cursor(label: string) {
  return optionalText(label, 200).superRefine((s, ctx) => {
    if (s !== undefined && !/^[A-Za-z0-9_-]+$/.test(s)) {
      ctx.addIssue({ code: 'custom', message: validationText.invalid(label), params: { kind: 'invalid' } });
    }
  });
}
