import { RETURN_CONFIRM_DAYS, RETURN_SHIP_DAYS, type AfterSale, type Order, type Refund } from '../../../../types/order';

/**
 * What the buyer paid and has not had back: the money an after-sale may still ask for. A surplus refund
 * returns a payment the order never needed, so it does not lower what is left of the order's own payment.
 */
export function refundableFen(order: Pick<Order, 'payment' | 'refunds'>): number {
  const paid = order.payment?.status === 'paid' ? order.payment.amountFen : 0;
  const back = (order.refunds ?? []).filter((r) => r.reason !== 'surplus').reduce((sum, r) => sum + r.amountFen, 0);
  return Math.max(0, paid - back);
}

/** The chosen items at their price, never above what is refundable: the form's default amount. */
export function chosenItemsFen(order: Pick<Order, 'items' | 'payment' | 'refunds'>, qty: Record<string, number>): number {
  const sum = order.items.reduce((s, item) => s + item.priceFen * Math.min(qty[item.productId] ?? 0, item.qty), 0);
  return Math.min(sum, refundableFen(order));
}

/** "98" / "98.5" / "98.50" → fen; anything else (more than 2 decimals, signs, letters) → null. */
export function parseYuan(text: string): number | null {
  const m = /^(\d{1,7})(?:\.(\d{1,2}))?$/.exec(text.trim());
  if (!m) return null;
  return Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
}

export function fenToYuanInput(fen: number): string {
  return (fen / 100).toFixed(2);
}

export type AmountProblem = 'bad' | 'zero' | 'tooMuch' | null;
export function amountProblem(fen: number | null, maxFen: number): AmountProblem {
  if (fen === null) return 'bad';
  if (fen < 1) return 'zero';
  if (fen > maxFen) return 'tooMuch';
  return null;
}

const DAY = 24 * 60 * 60 * 1000;
export function addDays(iso: string, days: number): string {
  return new Date(new Date(iso).getTime() + days * DAY).toISOString();
}

/** The after-sale step waiting on someone: the buyer ships an approved return back, the seller confirms it came. */
export type ReturnStep = 'buyerShips' | 'sellerConfirms' | null;
export function returnStep(order: Pick<Order, 'afterSale'>): ReturnStep {
  const a = order.afterSale;
  if (!a || a.type !== 'return') return null;
  if (a.status === 'approved' && !a.returnShipment) return 'buyerShips';
  if (a.status === 'returned') return 'sellerConfirms';
  return null;
}

/** The contract's two return deadlines, as the backend states them (else counted from the step's start). */
export function shipBackBy(a: AfterSale): string | null {
  return a.shipBackBy ?? (a.resolvedAt ? addDays(a.resolvedAt, RETURN_SHIP_DAYS) : null);
}
export function confirmReturnBy(a: AfterSale): string | null {
  return a.confirmBy ?? (a.returnShipment ? addDays(a.returnShipment.shippedAt, RETURN_CONFIRM_DAYS) : null);
}

/** The transfer's note code while the order may be paid by transfer. */
export function noteCodeOf(order: Pick<Order, 'noteCode' | 'payment'>): string | null {
  return order.noteCode ?? order.payment?.noteCode ?? null;
}

/** Transfer refunds the seller still has to send back by hand. */
export function owedTransfers(order: Pick<Order, 'refunds'>): Refund[] {
  return (order.refunds ?? []).filter((r) => r.method === 'transfer' && r.status === 'pending');
}

/**
 * One refund as a sentence both sides read: "¥98.00 退回到微信零钱 · 12月1日" / "店主已转回 ¥128.00" /
 * "退款中 · 店主需转回 ¥128.00".
 */
export function refundLine(refund: Refund, texts: RefundLineTexts, price: (fen: number) => string, day: (iso: string) => string): string {
  const amount = price(refund.amountFen);
  if (refund.method === 'transfer') return refund.status === 'done' ? texts.transferDone(amount) : texts.transferPending(amount);
  return refund.status === 'done' ? texts.wechat(amount, day(refund.doneAt ?? refund.at)) : texts.wechatPending(amount);
}
export interface RefundLineTexts {
  wechat: (amount: string, date: string) => string;
  wechatPending: (amount: string) => string;
  transferDone: (amount: string) => string;
  transferPending: (amount: string) => string;
}
