import { AT_LEAST_ONCE_KINDS, backoffMs, DELIVERY, isAtLeastOnce } from '../../cloud/core/delivery';
import timer from '../../cloud/functions/timer/function';

describe('delivery settings against the timer function', () => {
  it('a tick stops claiming early enough for its last sends to end inside the timer’s timeout', () => {
    // the last round starts before the budget and its sends are cut at sendTimeoutMs; the jobs before and after
    // delivery need some of the 60 s too
    expect(DELIVERY.budgetMs + DELIVERY.sendTimeoutMs).toBeLessThanOrEqual(timer.timeout * 1000 - 10_000);
  });

  it('the lease outlives any tick, so a live tick’s claim is never taken back from under it', () => {
    expect(DELIVERY.leaseMs).toBeGreaterThan(timer.timeout * 1000);
    expect(DELIVERY.leaseMs).toBeGreaterThan(DELIVERY.budgetMs + DELIVERY.sendTimeoutMs);
  });

  it('refunds and shipping uploads are at least once; subscription messages are not', () => {
    expect(AT_LEAST_ONCE_KINDS).toEqual(['wxpay.refund', 'wxa.uploadShippingInfo']);
    expect(isAtLeastOnce('subscribeMessage')).toBe(false);
  });

  it('backs off 1, 2, 4 … minutes, at most an hour', () => {
    expect([1, 2, 3, 4].map(backoffMs)).toEqual([60_000, 120_000, 240_000, 480_000]);
    expect(backoffMs(30)).toBe(3_600_000);
  });
});
