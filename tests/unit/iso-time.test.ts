import fc from 'fast-check';
import { MAX_TIME_MS, MIN_TIME_MS, parseIsoTime } from '../../types/validation';

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** An instant written in a given offset, the way a client in that zone writes it. */
function writeIn(t: number, offsetMinutes: number, seconds: boolean): string {
  const local = new Date(t + offsetMinutes * 60_000);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const off = Math.abs(offsetMinutes);
  const sec = seconds ? `:${pad(local.getUTCSeconds())}.${pad(local.getUTCMilliseconds(), 3)}` : '';
  return `${pad(local.getUTCFullYear(), 4)}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}${sec}${sign}${pad(Math.floor(off / 60))}:${pad(off % 60)}`;
}

describe('parseIsoTime', () => {
  it('reads back every instant of years 1000–9999 written in any real offset', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1000, 0, 2), max: Date.UTC(9999, 11, 30) }), fc.integer({ min: -14 * 60, max: 14 * 60 }), fc.boolean(), (t, offset, seconds) => {
        const written = writeIn(t, offset, seconds);
        const parsed = parseIsoTime(written);
        expect(parsed).toBeInstanceOf(Date);
        // to the millisecond when written with seconds; else the written minute, as Date.parse reads a time that exists
        expect((parsed as Date).getTime()).toBe(seconds ? t : Date.parse(written));
      }),
    );
  });

  it('refuses every day, hour, minute and second that does not exist, where Date.parse would roll over', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9999 }),
        fc.integer({ min: 0, max: 14 }),
        fc.integer({ min: 0, max: 32 }),
        fc.integer({ min: 0, max: 25 }),
        fc.integer({ min: 0, max: 61 }),
        fc.integer({ min: 0, max: 61 }),
        (y, m, d, h, mi, s) => {
          const days = [31, isLeap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] ?? 0;
          const exists = m >= 1 && m <= 12 && d >= 1 && d <= days && h <= 23 && mi <= 59 && s <= 59;
          const parsed = parseIsoTime(`${pad(y, 4)}-${pad(m)}-${pad(d)}T${pad(h)}:${pad(mi)}:${pad(s)}Z`);
          if (exists) expect(parsed).toBeInstanceOf(Date);
          else expect(parsed).toBe('noSuchTime');
        },
      ),
    );
  });

  it('names the issue: not ISO, no such time, or outside years 0001–9999', () => {
    expect(parseIsoTime('2026-11-31T11:00+08:00')).toBe('noSuchTime');
    expect(parseIsoTime('2027-02-29T11:00+08:00')).toBe('noSuchTime');
    expect(parseIsoTime('2028-02-29T11:00+08:00')).toEqual(new Date('2028-02-29T03:00:00Z'));
    expect(parseIsoTime('2000-02-29T00:00Z')).toBeInstanceOf(Date);
    expect(parseIsoTime('2100-02-29T00:00Z')).toBe('noSuchTime');
    expect(parseIsoTime('2026-12-01T24:00+08:00')).toBe('noSuchTime');
    expect(parseIsoTime('2026-12-01T10:00+14:01')).toBe('noSuchTime');
    expect(parseIsoTime('2026-12-01T10:00-14:00')).toEqual(new Date('2026-12-02T00:00:00Z'));
    expect(parseIsoTime('0000-01-01T00:00Z')).toBe('range');
    expect(parseIsoTime('0001-01-01T00:00+00:01')).toBe('range');
    expect(parseIsoTime('9999-12-31T23:59:59.999-00:01')).toBe('range');
    expect(parseIsoTime('0001-01-01T00:00Z')).toEqual(new Date(MIN_TIME_MS));
    expect(parseIsoTime('9999-12-31T23:59:59.999Z')).toEqual(new Date(MAX_TIME_MS));
    expect(parseIsoTime('0050-06-01T00:00Z')).toEqual(new Date('0050-06-01T00:00:00Z'));
    for (const s of ['+275760-09-13T00:00:00.000Z', '-271821-04-20T00:00:00.000Z', '2026-12-01T10:00', '2026-12-01', '2026-12-01 10:00Z', '2026-12-01T10:00:00.1234Z', '2026-12-01T10:00+0800']) {
      expect([s, parseIsoTime(s)]).toEqual([s, 'format']);
    }
    expect(parseIsoTime('2026-12-01T10:00:00.5+08:00')).toEqual(new Date('2026-12-01T02:00:00.500Z'));
  });
});
