import { ui } from '../../../types/zh-CN/ui';

export type YuanParse = { ok: true; fen: number } | { ok: false; error: string };

const YUAN_RE = /^(\d*)(?:\.(\d*))?$/;

/**
 * What the seller types as a price in yuan → integer fen, exactly (string arithmetic, no floats):
 * "68" → 6800, "68.5" → 6850, "68.50" → 6850, "0.01" → 1. A leading ¥ and spaces are allowed.
 * More than two decimals, signs, letters or an empty field are refused with a zh-CN message.
 * Bounds (1 fen – 100,000 yuan) are the schema's job, not this function's.
 */
export function parseYuanToFen(input: string): YuanParse {
  const text = input.trim().replace(/^[¥￥]\s*/, '');
  if (text === '') return { ok: false, error: ui.productForm.priceRequired };
  const match = YUAN_RE.exec(text);
  if (!match) return { ok: false, error: ui.productForm.priceFormat };
  const [, whole = '', decimals = ''] = match;
  if (whole === '' && decimals === '') return { ok: false, error: ui.productForm.priceFormat };
  if (decimals.length > 2) return { ok: false, error: ui.productForm.priceDecimals };
  // Far beyond any allowed price: keep it out of floating-point territory and let the range rule speak.
  if (whole.replace(/^0+/, '').length > 12) return { ok: false, error: ui.productForm.priceRange };
  const fen = Number(whole || '0') * 100 + Number(decimals.padEnd(2, '0'));
  return { ok: true, fen };
}

/** Integer fen → the yuan text the form starts with when editing: 6850 → "68.50", 6800 → "68". */
export function fenToYuanInput(fen: number): string {
  const yuan = Math.floor(fen / 100);
  const cents = fen % 100;
  return cents === 0 ? String(yuan) : `${yuan}.${cents < 10 ? '0' : ''}${cents}`;
}
