import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Address, Order } from '../../../types/order';
import { ordersUi } from '../../../types/zh-CN/orders-ui';
import { toApiError } from '../../api';
import { fetchShop } from '../shop';
import { newIdempotencyKey, ordersApi } from '../orders';
import { groupByFulfiller, subtotalFen, type CartLine } from '../cart';
import { useCart } from '../../stores/cart';
import { useAddressBook } from '../../stores/address';
import { validateAddress } from './address-form';
import { BUYER_TEMPLATES } from '../../../types/messages-template-names';
import { askConsent } from '../notifications';
import { addressErrorsFrom, emptyAddress, type AddressErrors } from './address-fields';

export type CheckoutMode = 'cart' | 'buyNow';

export const NOTE_MAX = 200;

/** The lines this checkout is for: the "立即购买" line, or the cart's lines of the one shop. */
export function checkoutLines(lines: readonly CartLine[], buyNow: CartLine | null, shopId: string, mode: CheckoutMode): CartLine[] {
  if (mode === 'buyNow') return buyNow && buyNow.shopId === shopId ? [buyNow] : [];
  return lines.filter((l) => l.shopId === shopId);
}

/** FNV-1a: a short, stable tag for a supplier id, so a derived key stays within the 64 characters order.create allows. */
function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/**
 * The idempotency key of one fulfiller's order in this attempt: derived from the attempt's key and who ships, not from
 * the group's position, so a retry after a partial failure (when the placed group has left the cart) reuses each
 * unplaced group's own key, and a double tap never makes a second order of any group.
 */
export function fulfillerKey(attemptKey: string, supplierId: string | null): string {
  return `${attemptKey}-${supplierId === null ? 'shop' : `s${shortHash(supplierId)}`}`;
}

/** One fulfiller's order, placed in this checkout. */
export interface PlacedOrder {
  supplierId: string | null;
  supplierName: string | null;
  order: Order;
}

/**
 * Checkout for one shop. An order has one fulfiller (the shop, or one supplier of carried products), so the lines are
 * placed as one order per fulfiller, one after the other. One idempotency key per attempt, made when the page opens,
 * and per fulfiller a key derived from it: a double tap, or a retry after a lost answer, sends the same keys, so the
 * backend makes each order at most once (a refused attempt stores nothing, so retrying it after a fix is still one
 * order). Only one request is in flight at a time. Each placed order's lines leave the cart at once, so when a later
 * one fails the earlier stays placed and a retry places only what is left. The address is remembered on success.
 */
export function useCheckout(shopId: string, mode: CheckoutMode) {
  const cartLines = useCart((s) => s.lines);
  const buyNow = useCart((s) => s.buyNow);
  const lines = useMemo(() => checkoutLines(cartLines, buyNow, shopId, mode), [cartLines, buyNow, shopId, mode]);
  const groups = useMemo(() => groupByFulfiller(lines), [lines]);
  const remembered = useAddressBook((s) => s.address);
  const [address, setAddressState] = useState<Address>(() => remembered ?? emptyAddress);
  const [addressErrors, setAddressErrors] = useState<AddressErrors>({});
  const [note, setNoteState] = useState('');
  const [formError, setFormError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [shopName, setShopName] = useState<string | null>(null);
  const [key] = useState(newIdempotencyKey);
  /** the orders placed so far in this checkout (their lines have left the cart) */
  const [placed, setPlaced] = useState<PlacedOrder[]>([]);
  /** every order is placed: the page moves on to it, or to the orders list when there are several */
  const [done, setDone] = useState(false);
  const inFlight = useRef(false);

  // The shop's name for the page, and the products' current prices, stock and fulfillers for the summary.
  useEffect(() => {
    if (!shopId) return;
    let live = true;
    fetchShop(shopId)
      .then((data) => {
        if (!live) return;
        setShopName(data.shop.name);
        useCart.getState().refresh(data.products);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [shopId]);

  const setAddress = useCallback((next: Address) => {
    setAddressState(next);
    setAddressErrors({});
    setFormError(null);
  }, []);

  const setNote = useCallback((value: string) => {
    setNoteState(value);
    setFormError(null);
  }, []);

  /** Places every unplaced fulfiller's order in turn; answers the last order once all are placed, else null. */
  const submit = useCallback(async (): Promise<Order | null> => {
    if (inFlight.current || done || groups.length === 0) return null;
    const checked = validateAddress(address);
    if (!checked.ok) {
      setAddressErrors(checked.errors);
      setFormError(ordersUi.checkout.fixErrors);
      return null;
    }
    // Placing the order is the buyer's tap: ask for the order notices now, before any await (Taro #5065).
    void askConsent(BUYER_TEMPLATES);
    inFlight.current = true;
    setSubmitting(true);
    setFormError(null);
    setAddressErrors({});
    let last: Order | null = null;
    try {
      for (const group of groups) {
        const order = await ordersApi.create({
          shopId,
          items: group.lines.map((l) => ({ productId: l.productId, qty: l.qty })),
          address: checked.address,
          ...(note.trim() ? { note: note.trim() } : {}),
          idempotencyKey: fulfillerKey(key, group.supplierId),
        });
        // This order is placed whatever happens to the next: its lines leave the cart now.
        useAddressBook.getState().remember(checked.address);
        const cart = useCart.getState();
        if (mode === 'buyNow') cart.setBuyNow(null);
        else cart.remove(group.lines.map((l) => l.productId));
        const one: PlacedOrder = { supplierId: group.supplierId, supplierName: group.supplierName, order };
        setPlaced((prev) => [...prev, one]);
        last = order;
      }
      setDone(true);
      return last;
    } catch (err) {
      const error = toApiError(err);
      if (error.code === 'OUT_OF_STOCK' && typeof error.details.productId === 'string' && typeof error.details.available === 'number') {
        useCart.getState().setStock(error.details.productId, error.details.available);
      }
      setAddressErrors(addressErrorsFrom(error.fields));
      setFormError(error.message);
      return null;
    } finally {
      inFlight.current = false;
      setSubmitting(false);
    }
  }, [groups, address, note, shopId, key, mode, done]);

  return {
    lines,
    /** the lines still to place, by who ships them: more than one is more than one order */
    groups,
    totalFen: subtotalFen(lines),
    shopName,
    address,
    setAddress,
    addressErrors,
    note,
    setNote,
    formError,
    submitting,
    idempotencyKey: key,
    placed,
    done,
    submit,
  };
}
