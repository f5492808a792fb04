import { assertPostAllowed, localTime } from '../../cloud/core/posts/limit';
import { AppError } from '../../cloud/core/runtime/errors';
import { DEFAULT_POLICY } from '../../types/shop';

describe('the POSTING_LIMIT error a seller reads', () => {
  it('names the local time in the shop’s zone, across a clock change', () => {
    expect(localTime(new Date('2026-11-25T00:00:00Z'), 'Asia/Shanghai')).toBe('11月25日 08:00');
    // Berlin: 01:30 UTC on 29 March 2026 is 03:30 summer time (clocks jumped at 02:00)
    expect(localTime(new Date('2026-03-29T01:30:00Z'), 'Europe/Berlin')).toBe('3月29日 03:30');
    expect(localTime(new Date('2026-03-29T00:30:00Z'), 'Europe/Berlin')).toBe('3月29日 01:30');
  });

  it('carries the rule, the next allowed time and a zh-CN sentence with it', () => {
    const now = new Date('2026-11-23T02:00:00Z');
    const counted = [{ at: new Date('2026-11-24T01:00:00Z'), productId: null }, { at: new Date('2026-11-24T06:00:00Z'), productId: null }];
    let caught: unknown;
    try {
      assertPostAllowed(DEFAULT_POLICY, counted, { at: new Date('2026-11-24T11:00:00Z'), productId: null }, now);
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(AppError);
    const e = caught as AppError;
    expect(e.code).toBe('POSTING_LIMIT');
    expect(e.details).toEqual({ rule: 'dailyMax', nextAllowedAt: '2026-11-25T00:00:00.000Z' });
    expect(e.message).toBe('这一天已经排了 2 条朋友圈，每天最多 2 条。最早可以在 11月25日 08:00 发。');
  });

  it('turns a past time into BAD_INPUT on the field at', () => {
    const now = new Date('2026-11-23T02:00:00Z');
    expect(() => assertPostAllowed(DEFAULT_POLICY, [], { at: new Date('2026-11-23T01:00:00Z'), productId: null }, now)).toThrow(
      expect.objectContaining({ code: 'BAD_INPUT', details: { fields: { at: '发圈时间须晚于现在。' } } }),
    );
  });
});
