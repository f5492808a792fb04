/**
 * The value rules of WeChat's subscription messages, one per keyword type, each as a formatter (our
 * data → a value WeChat accepts) and a validator (is this value accepted?). Pure: the sender formats
 * with it, the fake of `subscribeMessage.send` judges with it, and a property test holds the two together.
 *
 * The rules, from "订阅消息参数值内容限制说明" on
 * https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/mp-message-management/subscribe-message/sendMessage.html
 *   thing            ≤ 20 characters (汉字、数字、字母或符号)
 *   number           ≤ 32 digits, decimals allowed
 *   letter           ≤ 32 letters
 *   symbol           ≤ 5 symbols
 *   character_string ≤ 32 digits, letters or symbols
 *   time             24-hour time, optionally with a date: 15:01, 2019年10月1日 15:01; ranges joined by ~
 *   date             2019年10月1日, optionally with a time; ranges joined by ~
 *   amount           one currency symbol + ≤ 10 digits, decimals allowed, may end with 元
 *   phone_number     ≤ 17 digits or symbols
 *   name             ≤ 10 Chinese characters, or ≤ 20 letters or symbols; mixed counts as Chinese (≤ 10)
 *   phrase           ≤ 5 Chinese characters only, e.g. 配送中
 * A value that breaks its rule, or is empty, is errcode 47003 naming the keyword.
 *
 * Where the page leaves room (what a "character" is, whether decimals count among amount's 10 digits,
 * which symbols count) the validator takes the stricter reading, so what passes here passes WeChat.
 */
import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';
import { keywordText as K } from './zh-CN/messages';

dayjs.extend(utc);
dayjs.extend(timezone);

export const KEYWORD_TYPES = ['thing', 'number', 'letter', 'symbol', 'character_string', 'time', 'date', 'amount', 'phone_number', 'name', 'phrase'] as const;
export type KeywordType = (typeof KEYWORD_TYPES)[number];

/** What the registry fills each keyword type from, before formatting. */
export interface RawValueOf {
  thing: string;
  number: number | string;
  letter: string;
  symbol: string;
  character_string: string;
  /** an instant (ISO 8601 or Date), shown in the shop's time zone */
  time: string | Date;
  date: string | Date;
  /** integer fen */
  amount: number;
  phone_number: string;
  name: string;
  phrase: string;
}

/** A keyword as WeChat names it: its type followed by its number (`thing1`, `character_string5`). */
export type KeywordKey = `${KeywordType}${number}`;

/** The type of a keyword from its name, as WeChat spells it (`amount3` → amount). */
export type TypeOfKey<K> = { [T in KeywordType]: K extends `${T}${number}` ? T : never }[KeywordType];

export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

export interface FormatContext {
  /** IANA zone the times are shown in: the shop's */
  timeZone: string;
}

const HAN = /\p{Script=Han}/u;
const ASCII_SYMBOL = /[!-/:-@[-`{-~]/;
const ASCII_LETTER = /[A-Za-z]/;
const DIGIT = /[0-9]/;
const UNICODE_SYMBOL = /[\p{P}\p{S}]/u;

const TIME = String.raw`(?:[01]?\d|2[0-3]):[0-5]\d`;
const DATE = String.raw`\d{4}${K.year}(?:1[0-2]|0?[1-9])${K.month}(?:3[01]|[12]\d|0?[1-9])${K.day}`;
const TIME_POINT = new RegExp(`^(?:${DATE} )?${TIME}$`);
const DATE_POINT = new RegExp(`^${DATE}(?: ${TIME})?$`);
const AMOUNT = new RegExp(String.raw`^[¥￥$€£](\d+)(?:\.(\d+))?${K.yuan}?$`);
/** dayjs formats of time and date values: 2019年10月1日 15:01 */
const DATE_FORMAT = `YYYY${K.year}M${K.month}D${K.day}`;
const TIME_FORMAT = `${DATE_FORMAT} HH:mm`;

function codePoints(s: string): string[] {
  return Array.from(s);
}

/** Keeps the characters `keep` accepts, at most `max` of them. */
function only(s: string, keep: (ch: string) => boolean, max: number): string {
  return codePoints(s).filter(keep).slice(0, max).join('');
}

/** Text on one line: control characters and line breaks become spaces, runs of space one. */
function oneLine(s: string): string {
  return s
    .replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Both ranges of a time or date value ("a~b") must each be a point. */
function pointsOf(value: string, point: RegExp): boolean {
  const parts = value.split('~');
  return parts.length <= 2 && parts.every((p) => point.test(p));
}

function instant(raw: string | Date): dayjs.Dayjs | null {
  const d = dayjs(raw);
  return d.isValid() ? d : null;
}

function zoned(raw: string | Date, ctx: FormatContext): dayjs.Dayjs | null {
  const d = instant(raw);
  if (!d) return null;
  try {
    return d.tz(ctx.timeZone);
  } catch {
    return d.tz(DEFAULT_TIME_ZONE); // an unknown zone name: the contract's default zone
  }
}

interface Rule<T extends KeywordType> {
  /** the documented rule, for error messages and the README */
  rule: string;
  valid(value: string): boolean;
  format(raw: RawValueOf[T], ctx: FormatContext): string;
}

/** WeChat's limit on thing: 20 characters. Counted in UTF-16 units (an emoji counts 2), the stricter reading. */
const THING_MAX = 20;

function formatThing(raw: string): string {
  const text = oneLine(String(raw));
  if (text === '') return K.empty.thing;
  if (text.length <= THING_MAX) return text;
  let out = '';
  for (const ch of codePoints(text)) {
    if (out.length + ch.length > THING_MAX - 1) break;
    out += ch;
  }
  // "就开，…" reads badly: the cut drops trailing spaces and punctuation (unless that is all there is)
  return `${out.replace(/[\s\p{P}]+$/u, '') || out}…`;
}

function formatAmount(fen: number): string {
  const cents = Number.isFinite(fen) ? Math.max(0, Math.round(fen)) : 0;
  const yuan = Math.floor(cents / 100);
  const withCents = `${yuan}.${String(cents % 100).padStart(2, '0')}`;
  // 10 digits in all (the stricter reading): past ¥99,999,999.99 the fen are dropped, rounded to the yuan.
  if (withCents.length - 1 <= 10) return `¥${withCents}`;
  return `¥${Math.min(Math.round(cents / 100), 9_999_999_999)}`;
}

export const RULES: { [T in KeywordType]: Rule<T> } = {
  thing: {
    rule: K.rule.thing,
    valid: (v) => v.length > 0 && v.length <= THING_MAX && v.trim() !== '' && !/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u.test(v),
    format: (raw) => formatThing(raw),
  },
  number: {
    rule: K.rule.number,
    valid: (v) => /^\d+(?:\.\d+)?$/.test(v) && v.replace('.', '').length <= 32,
    format: (raw) => {
      const [int, ...rest] = String(raw).replace(/[^0-9.]/g, '').split('.');
      const whole = (int || '0').slice(0, 32);
      const frac = rest.join('').slice(0, 32 - whole.length);
      return frac ? `${whole}.${frac}` : whole;
    },
  },
  letter: {
    rule: K.rule.letter,
    valid: (v) => /^[A-Za-z]{1,32}$/.test(v),
    format: (raw) => only(String(raw), (c) => ASCII_LETTER.test(c), 32) || 'NA',
  },
  symbol: {
    rule: K.rule.symbol,
    valid: (v) => /^[\p{P}\p{S}]{1,5}$/u.test(v),
    format: (raw) => only(String(raw), (c) => UNICODE_SYMBOL.test(c), 5) || '-',
  },
  character_string: {
    rule: K.rule.character_string,
    valid: (v) => /^[!-~]{1,32}$/.test(v),
    format: (raw) => only(String(raw), (c) => /^[!-~]$/.test(c), 32) || '-',
  },
  time: {
    rule: K.rule.time,
    valid: (v) => pointsOf(v, TIME_POINT),
    format: (raw, ctx) => zoned(raw, ctx)?.format(TIME_FORMAT) ?? '00:00',
  },
  date: {
    rule: K.rule.date,
    valid: (v) => pointsOf(v, DATE_POINT),
    format: (raw, ctx) => zoned(raw, ctx)?.format(DATE_FORMAT) ?? K.empty.date,
  },
  amount: {
    rule: K.rule.amount,
    valid: (v) => {
      const m = AMOUNT.exec(v);
      return m !== null && m[1].length + (m[2]?.length ?? 0) <= 10;
    },
    format: (raw) => formatAmount(raw),
  },
  phone_number: {
    rule: K.rule.phone_number,
    valid: (v) => v.length <= 17 && /^[0-9!-/:-@[-`{-~]+$/.test(v),
    format: (raw) => only(String(raw), (c) => DIGIT.test(c) || ASCII_SYMBOL.test(c), 17) || '-',
  },
  name: {
    rule: K.rule.name,
    valid: (v) => {
      if (HAN.test(v)) return /^[\p{Script=Han}A-Za-z]+$/u.test(v) && codePoints(v).length <= 10;
      return /^[A-Za-z!-/:-@[-`{-~]{1,20}$/.test(v);
    },
    format: (raw) => {
      const s = String(raw);
      if (HAN.test(s)) return only(s, (c) => HAN.test(c) || ASCII_LETTER.test(c), 10);
      return only(s, (c) => ASCII_LETTER.test(c) || ASCII_SYMBOL.test(c), 20) || K.empty.name;
    },
  },
  phrase: {
    rule: K.rule.phrase,
    valid: (v) => /^\p{Script=Han}{1,5}$/u.test(v),
    format: (raw) => only(String(raw), (c) => HAN.test(c), 5) || K.empty.phrase,
  },
};

/** `thing12` → thing; null when the name is not one of WeChat's keyword types. */
export function keywordTypeOf(key: string): KeywordType | null {
  const m = /^([a-z_]+?)(\d+)$/.exec(key);
  if (!m) return null;
  return (KEYWORD_TYPES as readonly string[]).includes(m[1]) ? (m[1] as KeywordType) : null;
}

export function formatKeyword<T extends KeywordType>(type: T, raw: RawValueOf[T], ctx: FormatContext): string {
  return RULES[type].format(raw, ctx);
}

/** Why WeChat would refuse this value for the keyword (47003), or null when it is accepted. */
export function keywordProblem(key: string, value: unknown): string | null {
  const type = keywordTypeOf(key);
  if (!type) return `unknown keyword type ${key}`;
  if (value === undefined || value === null || value === '') return `data.${key}.value is empty`;
  if (typeof value !== 'string' && typeof value !== 'number') return `data.${key}.value invalid`;
  return RULES[type].valid(String(value)) ? null : `data.${key}.value invalid: ${RULES[type].rule}`;
}
