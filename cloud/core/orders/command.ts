import type { Order, OrderStatus } from '../../../types/order';
import { domainText } from '../../../types/zh-CN/errors';
import type { Queryable } from '../../db/types';
import type { AuthedContext } from '../runtime/context';
import { AppError, notFound } from '../runtime/errors';
import { decide, refusal, TRANSITIONS, type AfterSaleState, type FulfillerKind, type HandoverKind, type Role, type Transition } from '../../../types/rules/order-machine';
import { refundableFen } from '../payments/refunds';
import { loadOrder, lockOrder, type OrderRow } from './rows';

/**
 * Every role the caller holds on this order, buyer first: never taken from the event, always from identity —
 * the shop's owner, and for a supplier's order the supplier's owner (issue 16). One person can hold two (a
 * seller carrying their own supplier's product is its owner and its supplier).
 */
export async function rolesOf(q: Queryable, order: OrderRow, openId: string): Promise<Role[]> {
  const [who] = await q.query<{ shop_owner: string | null; supplier_owner: string | null }>(
    `SELECT (SELECT owner_openid FROM shops WHERE id = $1) AS shop_owner,
            (SELECT owner_openid FROM suppliers WHERE id = $2) AS supplier_owner`,
    [order.shop_id, order.supplier_id],
  );
  const roles: Role[] = [];
  if (order.buyer_openid === openId) roles.push('buyer');
  if (who?.shop_owner === openId) roles.push('owner');
  if (order.supplier_id && who?.supplier_owner === openId) roles.push('supplier');
  return roles;
}

/** The caller's first role on the order (buyer, then owner, then supplier), or null when it is none of theirs. */
export async function roleOf(q: Queryable, order: OrderRow, openId: string): Promise<Role | null> {
  return (await rolesOf(q, order, openId))[0] ?? null;
}

export function fulfillerOf(order: Pick<OrderRow, 'supplier_id'>): FulfillerKind {
  return order.supplier_id ? 'supplier' : 'shop';
}

/** How the order is handed over (issue 17); rows from before migration 022 are shipping orders. */
export function wayOf(order: Pick<OrderRow, 'fulfilment_kind'>): HandoverKind {
  return order.fulfilment_kind ?? 'shipping';
}

export interface StepResult {
  /** columns to set besides status and updated_at */
  set?: Record<string, unknown>;
  note?: string | null;
}

export async function recordEvent(tx: Queryable, orderId: string, at: Date, action: string, by: Role, from: OrderStatus | null, to: OrderStatus, note: string | null) {
  await tx.query('INSERT INTO order_events (order_id, at, action, by_role, from_status, to_status, note) VALUES ($1, $2, $3, $4, $5, $6, $7)', [
    orderId,
    at,
    action,
    by,
    from,
    to,
    note,
  ]);
}

/** Writes a transition: the new status, the step's columns, and a timeline event. */
export async function applyTransition(tx: Queryable, order: OrderRow, transition: Transition, by: Role, to: OrderStatus, at: Date, step: StepResult = {}) {
  const set = { ...step.set, status: to, updated_at: at };
  const cols = Object.keys(set);
  await tx.query(`UPDATE orders SET ${cols.map((c, i) => `${c} = $${i + 2}`).join(', ')} WHERE id = $1`, [order.id, ...cols.map((c) => set[c as keyof typeof set])]);
  await recordEvent(tx, order.id, at, transition, by, order.status, to, step.note ?? null);
  return { ...order, ...set } as OrderRow;
}

/** What the machine needs besides the status; whether a refund step gives back everything only when it sends one. */
export async function afterSaleState(tx: Queryable, order: OrderRow, transition: Transition): Promise<AfterSaleState> {
  const state: AfterSaleState = { beforeAfterSale: order.after_sale_from, afterSale: order.after_sale_status, fulfiller: fulfillerOf(order), way: wayOf(order) };
  if (TRANSITIONS[transition].to === 'afterRefund') {
    const left = await refundableFen(tx, order.id);
    // Money paid by transfer goes back by the seller's own hand: the order is refunded only once they say
    // it was sent (order.refundSent, issue 13), never on the approval that merely owes it.
    const [transfer] = await tx.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM payments p WHERE p.order_id = $1 AND p.status = 'paid' AND p.method = 'transfer'
          AND p.amount_fen > (SELECT coalesce(sum(r.amount_fen), 0) FROM refunds r WHERE r.payment_id = p.id)`,
      [order.id],
    );
    state.fullRefund = Number(order.after_sale_amount_fen ?? left) >= left && transfer.n === 0;
  }
  return state;
}

/**
 * The frame of every order action by a person: lock the order, find the caller's role, ask the state
 * machine, run the action's own step, record the transition, and return the order as the caller sees it.
 */
export async function runOrderCommand<R = Order>(
  ctx: AuthedContext,
  orderId: string,
  /** or, when the step depends on the order (approving a refund or a return), chosen from it under its lock */
  transitionOf: Transition | ((order: OrderRow) => Transition),
  step: (tx: Queryable, order: OrderRow, role: Role, to: OrderStatus, now: Date) => Promise<StepResult | void>,
  /** the answer, as this role may see the order (default: the buyer's or seller's Order) */
  present?: (tx: Queryable, orderId: string, role: Role) => Promise<R>,
): Promise<R> {
  const openId = ctx.caller.openId;
  return ctx.db.transaction(async (tx) => {
    const order = await lockOrder(tx, orderId);
    // An order is seen by its buyer, its seller and the supplier who fulfils it only: to anyone else a real
    // order and a made-up id answer alike (NOT_FOUND), so a stranger cannot learn which ids exist. FORBIDDEN
    // stays for one of them asking for another's step.
    const roles = order ? await rolesOf(tx, order, openId) : [];
    if (!order || roles.length === 0) throw notFound(domainText.orderNotFound);
    const transition = typeof transitionOf === 'function' ? transitionOf(order) : transitionOf;
    // Someone holding two roles acts in the one the step is for (a seller who is also the order's supplier ships as the supplier).
    const role = roles.find((r) => refusal(order.status, transition, r, order.after_sale_status, fulfillerOf(order), wayOf(order)) !== 'FORBIDDEN') ?? roles[0];
    const decision = decide(order.status, transition, role, await afterSaleState(tx, order, transition));
    if (!decision.ok) {
      throw new AppError(decision.code, decision.code === 'FORBIDDEN' ? domainText.notYourOrderAction : domainText.wrongOrderState(order.status));
    }
    const now = ctx.clock.now();
    const result = (await step(tx, order, role, decision.to, now)) ?? {};
    await applyTransition(tx, order, transition, role, decision.to, now, result);
    return present ? present(tx, order.id, role) : (loadOrder(tx, order.id, openId) as Promise<R>);
  });
}
