import { fenToYuanInput, parseYuanToFen } from '../../src/features/catalog/price';
import { ui } from '../../types/zh-CN/ui';

describe('parseYuanToFen: what the seller types in yuan → integer fen', () => {
  it.each([
    ['68', 6800],
    ['68.5', 6850],
    ['68.50', 6850],
    ['0.01', 1],
    ['0.1', 10],
    [' 12.3 ', 1230],
    ['¥99', 9900],
    ['100000', 10_000_000],
    ['68.', 6800],
    ['.5', 50],
    ['0', 0],
    ['19.99', 1999],
    ['0.29', 29],
    ['1.15', 115],
  ])('%p → %p fen, exactly', (input, fen) => {
    expect(parseYuanToFen(input)).toEqual({ ok: true, fen });
  });

  it('refuses more than two decimals', () => {
    expect(parseYuanToFen('68.505')).toEqual({ ok: false, error: ui.productForm.priceDecimals });
    expect(parseYuanToFen('0.001')).toEqual({ ok: false, error: ui.productForm.priceDecimals });
  });

  it.each(['abc', '12a', '-5', '+5', '1,000', '1e3', '6 8', '.', '¥', '1.2.3', '６８'])('refuses %p as not a number', (input) => {
    const r = parseYuanToFen(input);
    expect(r.ok).toBe(false);
  });

  it('asks for a price when empty', () => {
    expect(parseYuanToFen('   ')).toEqual({ ok: false, error: ui.productForm.priceRequired });
  });

  it('keeps absurdly long numbers out of floating point', () => {
    expect(parseYuanToFen('1234567890123456789')).toEqual({ ok: false, error: ui.productForm.priceRange });
  });

  it('round-trips with the text the edit form starts from', () => {
    for (const fen of [1, 10, 99, 100, 6850, 6800, 1999, 10_000_000]) {
      expect(parseYuanToFen(fenToYuanInput(fen))).toEqual({ ok: true, fen });
    }
    expect(fenToYuanInput(6850)).toBe('68.50');
    expect(fenToYuanInput(6800)).toBe('68');
    expect(fenToYuanInput(5)).toBe('0.05');
  });
});
