import fc from 'fast-check';

/**
 * Crafted shapes for the fuzz suite: the inputs an attacker writes by hand rather than the ones a random
 * generator stumbles on. Each family is what an outside review found answering INTERNAL (issue 12, item 2)
 * or silently accepted (item 3), widened to the class.
 */

const pad = (n: number, width: number) => String(Math.abs(n)).padStart(width, '0');

/** ISO 8601's year: 4 digits, or ±6 digits (the extended form JS prints outside 0000–9999). */
function isoYear(y: number): string {
  if (y >= 0 && y <= 9999) return pad(y, 4);
  return `${y < 0 ? '-' : '+'}${pad(y, 6)}`;
}

/**
 * Times at and past the edges of what JS's Date (±8.64e15 ms: -271821-04-20 … +275760-09-13) and
 * PostgreSQL's timestamptz (4713 BC … 294276 AD) hold, calendar days and clock times that do not exist,
 * and offsets at and past ±14:00.
 */
export const EDGE_TIMES = [
  '-271821-04-20T00:00:00.000Z',
  '-271821-04-19T23:59:59.999Z',
  '+275760-09-13T00:00:00.000Z',
  '+275760-09-13T00:00:00.001Z',
  '+010000-01-01T00:00:00Z',
  '-000001-12-31T23:59:59Z',
  '0000-01-01T00:00Z',
  '0000-01-01T00:00:00+14:00',
  '0001-01-01T00:00:00+14:00',
  '0001-01-01T00:00:00Z',
  '1969-12-31T23:59:59.999Z',
  '9999-12-31T23:59:59.999Z',
  '9999-12-31T23:59:59-14:00',
  '9999-12-31T23:59:60Z',
  '2026-11-31T11:00+08:00',
  '2027-02-29T10:00:00+08:00',
  '2100-02-29T10:00:00+08:00',
  '2028-02-29T10:00:00+08:00',
  '2026-12-01T24:00+08:00',
  '2026-12-01T23:60+08:00',
  '2026-12-01T23:59:60+08:00',
  '2026-13-01T10:00+08:00',
  '2026-00-10T10:00+08:00',
  '2026-12-00T10:00+08:00',
  '2026-12-32T10:00+08:00',
  '2026-12-01T10:00+14:00',
  '2026-12-01T10:00-14:00',
  '2026-12-01T10:00+14:01',
  '2026-12-01T10:00-15:00',
  '2026-12-01T10:00+23:59',
  '2026-12-01T10:00+24:00',
  '2026-12-01T10:00+99:99',
  '2026-12-01T10:00+08:60',
  '2026-12-01T10:00:00.1234+08:00',
  '2026-12-01T10:00:00.+08:00',
  '2026-12-01 10:00+08:00',
  '2026-12-01T10:00',
  '2026-12-01',
  '2026-W48-2T10:00Z',
  '2026-12-01T10:00+0800',
  '2026-12-01T10:00:00.000\u0000Z',
];

/** Any instant-like text: years across JS's whole range, months 0–14, days 0–32, hours 0–25, offsets ±0–24:60. */
export const randomTime = (): fc.Arbitrary<string> =>
  fc
    .record({
      y: fc.oneof(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: -280_000, max: 280_000 }), fc.constantFrom(0, 1, 9999, 10_000, -271_821, 275_760)),
      mo: fc.integer({ min: 0, max: 14 }),
      d: fc.integer({ min: 0, max: 32 }),
      h: fc.integer({ min: 0, max: 25 }),
      mi: fc.integer({ min: 0, max: 61 }),
      s: fc.option(fc.integer({ min: 0, max: 61 }), { nil: undefined }),
      ms: fc.option(fc.integer({ min: 0, max: 9999 }), { nil: undefined }),
      off: fc.oneof(fc.constant('Z'), fc.record({ sign: fc.constantFrom('+', '-'), h: fc.integer({ min: 0, max: 25 }), m: fc.integer({ min: 0, max: 60 }) }).map((o) => `${o.sign}${pad(o.h, 2)}:${pad(o.m, 2)}`)),
    })
    .map(({ y, mo, d, h, mi, s, ms, off }) => {
      const sec = s === undefined ? '' : `:${pad(s, 2)}${ms === undefined ? '' : `.${String(ms).padStart(3, '0')}`}`;
      return `${isoYear(y)}-${pad(mo, 2)}-${pad(d, 2)}T${pad(h, 2)}:${pad(mi, 2)}${sec}${off}`;
    });

/** Boundary and impossible times, and some valid ones near the fuzz clock so that deeper checks run too. */
export const times = (now: number): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...EDGE_TIMES) },
    { weight: 3, arbitrary: randomTime() },
    { weight: 1, arbitrary: fc.integer({ min: -10, max: 70 }).map((days) => new Date(now + days * 86_400_000 + 3 * 3_600_000).toISOString()) },
  );

const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64url');

/** Numbers as text, the way a cursor or an offset can be written: exponent form, negative zero, past 2^53… */
export const NUMBER_TEXTS = ['1e21', '1E3', '1e-7', '-0', '+1', '0x10', '0b1', '1.5', '1.0', ' 1', '1 ', '', 'Infinity', '-Infinity', 'NaN', '9007199254740993', '99999999999999999999', '-1', '2147483648', '9223372036854775808'];

/** Cursors that are not base64 of anything we wrote: NUL bytes, padding, lone surrogates, too long. */
export const CURSOR_EDGES = [
  '\u0000',
  b64('\u0000'),
  b64('\u0000|\u0000'),
  b64('2026-11-23T02:00:00.000Z|o\u0000'),
  b64('2026-11-23T02:00:00.000Z|'),
  b64('2026-11-23T02:00:00.000Z|o1|o2'),
  b64('2026-11-23T02:00:00Z|o1'),
  b64('1e21|o1'),
  b64('{"at":"2026-11-23T02:00:00.000Z","id":"o1"}'),
  `${b64('2026-11-23T02:00:00.000Z|o1')}==`,
  'A'.repeat(200),
  'A'.repeat(201),
  'A'.repeat(20_000),
  '====',
  '%%',
  '../..',
  '\uD800',
  '🌰',
];

/**
 * Cursors: valid-looking base64url of the order cursor's `<time>|<id>` with extreme or broken times and ids,
 * base64 of JSON, numbers in every spelling (for offset cursors), NUL bytes, very long and non-base64 text.
 */
export const cursors = (now: number): fc.Arbitrary<string> =>
  fc.oneof(
    fc
      .tuple(
        fc.oneof(times(now), fc.constantFrom(...NUMBER_TEXTS), fc.string()),
        fc.oneof(fc.constantFrom('o1', '', '\u0000', 'o\u0000', 'x'.repeat(300), '|', 'o1|extra'), fc.string({ maxLength: 20 })),
      )
      .map(([at, id]) => b64(`${at}|${id}`)),
    fc.jsonValue({ maxDepth: 2 }).map((v) => b64(JSON.stringify(v))),
    fc.constantFrom(...NUMBER_TEXTS),
    fc.bigInt({ min: -(2n ** 80n), max: 2n ** 80n }).map(String),
    fc.double().map(String),
    fc.constantFrom(...CURSOR_EDGES),
    fc.string({ unit: 'binary', maxLength: 60 }),
  );

/** Numbers a JSON body can carry: exponent form, non-safe integers, negative zero, tiny and huge, fractions. */
export const NUMBER_EDGES = [1e21, -0, 1e-7, 0.5, 2 ** 31, 2 ** 31 - 1, 2 ** 53, 2 ** 53 + 2, -(2 ** 53) - 2, 2 ** 63, 2 ** 64, Number.MAX_VALUE, -Number.MAX_VALUE, Number.MIN_VALUE, 1e308, '1e21', '1', '-0'];

export const numbers = (): fc.Arbitrary<unknown> =>
  fc.oneof(
    fc.constantFrom(...NUMBER_EDGES),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.integer(),
    fc.integer({ min: 0, max: 100 }),
  );

/**
 * Numeric literals as they can be written in a JSON body but never by JSON.stringify: overflowing exponents
 * (1e400 parses to Infinity), exponent and decimal spellings of integers, more digits than a double holds.
 */
export const RAW_NUMBER_LITERALS = ['1e400', '-1e400', '1e-400', '1E2', '1e+2', '1.0', '-0', '-0.0', '0.1e1', '9007199254740993', '123456789012345678901234567890', '5e-324'];

/**
 * multipart/form-data bodies as a hand-written client sends them: no boundary, a wrong boundary, an empty
 * body, a huge field name, a part without a name, a file that never ends, several files.
 */
export interface RawRequest {
  contentType: string | null;
  body: Buffer;
}

const CRLF = '\r\n';
const filePart = (boundary: string, name: string, content: Buffer, filename = 'a.png', type = 'image/png') =>
  Buffer.concat([Buffer.from(`--${boundary}${CRLF}Content-Disposition: form-data; name="${name}"; filename="${filename}"${CRLF}Content-Type: ${type}${CRLF}${CRLF}`), content, Buffer.from(CRLF)]);
const end = (boundary: string) => Buffer.from(`--${boundary}--${CRLF}`);

const B = 'fuzzboundary';

export const MULTIPART_EDGES = (image: Buffer): RawRequest[] => [
  { contentType: 'multipart/form-data', body: Buffer.concat([filePart(B, 'file', image), end(B)]) },
  { contentType: 'multipart/form-data; boundary=', body: Buffer.concat([filePart(B, 'file', image), end(B)]) },
  { contentType: 'multipart/form-data; boundary=other', body: Buffer.concat([filePart(B, 'file', image), end(B)]) },
  { contentType: `multipart/form-data; boundary=${B}`, body: Buffer.alloc(0) },
  { contentType: `multipart/form-data; boundary=${B}`, body: end(B) },
  { contentType: `multipart/form-data; boundary=${B}`, body: Buffer.concat([filePart(B, 'x'.repeat(100_000), image), end(B)]) },
  { contentType: `multipart/form-data; boundary=${B}`, body: Buffer.concat([filePart(B, 'file', image, 'a'.repeat(10_000)), end(B)]) },
  { contentType: `multipart/form-data; boundary=${B}`, body: Buffer.concat([filePart(B, 'file', image, '../../package.json'), end(B)]) },
  { contentType: `multipart/form-data; boundary=${B}`, body: filePart(B, 'file', image) },
  { contentType: `multipart/form-data; boundary=${B}`, body: Buffer.from(`--${B}${CRLF}Content-Disposition: form-data${CRLF}${CRLF}x${CRLF}--${B}--${CRLF}`) },
  { contentType: `multipart/form-data; boundary=${B}`, body: Buffer.from(`--${B}${CRLF}${CRLF}${CRLF}--${B}--`) },
  { contentType: `multipart/form-data; boundary=${B}`, body: Buffer.concat([filePart(B, 'file', image), filePart(B, 'file', image), end(B)]) },
  { contentType: `multipart/form-data; boundary=${B}`, body: Buffer.concat([...Array.from({ length: 20 }, (_, i) => Buffer.from(`--${B}${CRLF}Content-Disposition: form-data; name="f${i}"${CRLF}${CRLF}v${CRLF}`)), end(B)]) },
  { contentType: `multipart/form-data; boundary="${'b'.repeat(300)}"`, body: Buffer.concat([filePart('b'.repeat(300), 'file', image), end('b'.repeat(300))]) },
  { contentType: 'multipart/mixed; boundary=x', body: Buffer.from('--x--') },
  { contentType: 'multipart/form-data; boundary=x; boundary=y', body: Buffer.from('--x--') },
  { contentType: null, body: Buffer.concat([filePart(B, 'file', image), end(B)]) },
  { contentType: 'text/plain', body: Buffer.concat([filePart(B, 'file', image), end(B)]) },
  { contentType: 'application/json', body: Buffer.from('{"file":"x"}') },
];

export const multipartBodies = (image: Buffer): fc.Arbitrary<RawRequest> =>
  fc.oneof(
    fc.constantFrom(...MULTIPART_EDGES(image)),
    fc.record({ boundary: fc.string({ minLength: 0, maxLength: 80 }), body: fc.uint8Array({ maxLength: 300 }) }).map(({ boundary, body }) => ({ contentType: `multipart/form-data; boundary=${boundary}`, body: Buffer.from(body) })),
    fc.record({ head: fc.string({ maxLength: 200 }), content: fc.uint8Array({ maxLength: 100 }) }).map(({ head, content }) => ({
      contentType: `multipart/form-data; boundary=${B}`,
      body: Buffer.concat([Buffer.from(`--${B}${CRLF}${head}${CRLF}${CRLF}`), Buffer.from(content), end(B)]),
    })),
  );

/** Static paths: encoded and double-encoded traversal, NUL, bad escapes, overlong UTF-8 dots, very long names. */
export const STATIC_PREFIXES = ['/uploads/', '/uploads/exports/', '/demo/', '/', '/s/', '/api/fn/'];
export const STATIC_SUFFIXES = [
  '..%2f..%2fpackage.json',
  '..%2f..%2f..%2fpackage.json',
  '%2e%2e/%2e%2e/%2e%2e/package.json',
  '..%2F..%2F..%2Fetc%2Fpasswd',
  '%2e%2e/%2e%2e/package.json',
  '%2e%2e%2f%2e%2e%2fpackage.json',
  '..%252f..%252fpackage.json',
  '%252e%252e%252fpackage.json',
  '..%5c..%5cpackage.json',
  '..\\..\\package.json',
  '%c0%ae%c0%ae/package.json',
  '....//....//package.json',
  '.%2e/.%2e/package.json',
  'a%00.png',
  '%00',
  '%00/../package.json',
  '%',
  '%zz',
  '%E4%B8',
  '.',
  '..',
  '%2e',
  '.env',
  'x'.repeat(2000),
  `${'a/'.repeat(500)}b.png`,
  `${'%2e%2e%2f'.repeat(50)}package.json`,
  'i00000000000000000000.png%3f',
  'exports%2f..%2f..%2fpackage.json',
];

export const STATIC_EDGES = STATIC_PREFIXES.flatMap((p) => STATIC_SUFFIXES.map((s) => p + s));

export const staticPaths = (): fc.Arbitrary<string> =>
  fc.oneof(
    fc.constantFrom(...STATIC_EDGES),
    fc.tuple(fc.constantFrom(...STATIC_PREFIXES), fc.string({ unit: 'binary', maxLength: 40 })).map(([p, s]) => p + encodeURIComponent(s)),
    fc.tuple(fc.constantFrom(...STATIC_PREFIXES), fc.array(fc.constantFrom('..', '.', '%2e%2e', '%252e%252e', 'a', '%00', '%2f', '%5c'), { maxLength: 8 })).map(([p, parts]) => p + parts.join('/')),
  );
