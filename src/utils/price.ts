/** Integer fen → "¥12.80". Exact for any safe integer: no floating-point division. */
export function formatPrice(fen: number): string {
  if (!Number.isFinite(fen)) return '¥—';
  const whole = Math.round(fen);
  const sign = whole < 0 ? '-' : '';
  const abs = Math.abs(whole);
  const yuan = Math.floor(abs / 100);
  const cents = abs % 100;
  return `${sign}¥${yuan}.${cents < 10 ? '0' : ''}${cents}`;
}
