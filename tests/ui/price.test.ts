import { formatPrice } from '../../src/utils/price';

describe('formatPrice: integer fen to a price a buyer reads', () => {
  it.each([
    [1280, '¥12.80'],
    [26800, '¥268.00'],
    [4500, '¥45.00'],
    [1, '¥0.01'],
    [10, '¥0.10'],
    [0, '¥0.00'],
    [99, '¥0.99'],
    [10_000_000, '¥100000.00'],
    [123456789, '¥1234567.89'],
  ])('%i fen → %s', (fen, expected) => {
    expect(formatPrice(fen)).toBe(expected);
  });

  it('is exact where floating-point division is not (0.29 × 100 ≠ 29)', () => {
    expect(formatPrice(29)).toBe('¥0.29');
    expect(formatPrice(1005)).toBe('¥10.05');
    expect(formatPrice(Number.MAX_SAFE_INTEGER)).toBe('¥90071992547409.91');
  });

  it('keeps the sign of a negative amount (refund lines)', () => {
    expect(formatPrice(-550)).toBe('-¥5.50');
  });

  it('shows a dash rather than NaN for a missing amount', () => {
    expect(formatPrice(Number.NaN)).toBe('¥—');
  });
});
