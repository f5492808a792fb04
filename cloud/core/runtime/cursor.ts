import { parseIsoTime } from '../../../types/validation';
import { fieldText, validationText } from '../../../types/zh-CN/errors';
import { badInput } from './errors';

/**
 * Paging cursors, written and read in this one place. A cursor comes back from the client, so it is
 * input like any other: whatever it holds is checked here and answered BAD_INPUT on `cursor`, never
 * handed to the database to fail there (an outside review reached INTERNAL with a cursor holding the
 * year -271821, a NUL byte, and with `1e21` as an offset).
 */

const FIELD = 'cursor';
const LABEL = fieldText.cursor;
const invalid = () => badInput({ [FIELD]: validationText.invalid(LABEL) });

/** The ids newId makes (a letter prefix and its alphabet); anything else cannot be a row we paged past. */
const ID_RE = /^[A-Za-z0-9]{1,64}$/;

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** A keyset cursor: the (time, id) of the last row of a page, newest first. */
export interface Keyset {
  at: Date;
  id: string;
}

export function encodeKeyset(at: Date, id: string): string {
  return Buffer.from(`${at.toISOString()}|${id}`, 'utf8').toString('base64url');
}

/** The keyset a cursor of encodeKeyset holds, or BAD_INPUT: exactly what encodeKeyset writes is read back. */
export function decodeKeyset(cursor: string | undefined): Keyset | null {
  if (cursor === undefined) return null;
  const bytes = Buffer.from(cursor, 'base64url');
  // Buffer skips characters outside base64url and stray padding: only a cursor that round-trips is ours.
  if (bytes.toString('base64url') !== cursor) throw invalid();
  let textValue: string;
  try {
    textValue = utf8.decode(bytes);
  } catch {
    throw invalid();
  }
  const parts = textValue.split('|');
  if (parts.length !== 2) throw invalid();
  const [iso, id] = parts;
  const at = parseIsoTime(iso);
  if (!(at instanceof Date) || at.toISOString() !== iso || !ID_RE.test(id)) throw invalid();
  return { at, id };
}

/** The largest offset a client can have reached by paging: far past any shop's customers, far inside an int. */
const MAX_OFFSET = 10_000_000;

/** An offset cursor: the decimal digits of a non-negative integer and nothing else (not `1e21`, `-0`, `0x10`). */
export function decodeOffset(cursor: string | undefined): number {
  if (cursor === undefined) return 0;
  if (!/^(0|[1-9]\d{0,7})$/.test(cursor)) throw invalid();
  const n = Number(cursor);
  if (n > MAX_OFFSET) throw invalid();
  return n;
}

export const encodeOffset = (n: number): string => String(n);
