import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Address, Order } from '../../../types/order';
import { ordersUi } from '../../../types/zh-CN/orders-ui';
import { toApiError } from '../../api';
import { fetchShop } from '../shop';
import { newIdempotencyKey, ordersApi } from '../orders';
import { subtotalFen, type CartLine } from '../cart';
import { useCart } from '../../stores/cart';
import { useAddressBook } from '../../stores/address';
import { validateAddress } from './address-form';
import { BUYER_TEMPLATES } from '../../../types/messages-templates';
import { askConsent } from '../notifications';
import { addressErrorsFrom, emptyAddress, type AddressErrors } from './address-fields';

export type CheckoutMode = 'cart' | 'buyNow';

export const NOTE_MAX = 200;

/** The lines this checkout is for: the "立即购买" line, or the cart's lines of the one shop. */
export function checkoutLines(lines: readonly CartLine[], buyNow: CartLine | null, shopId: string, mode: CheckoutMode): CartLine[] {
  if (mode === 'buyNow') return buyNow && buyNow.shopId === shopId ? [buyNow] : [];
  return lines.filter((l) => l.shopId === shopId);
}

/**
 * Checkout for one shop. One idempotency key per attempt, made when the page opens: a double tap,
 * or a retry after a lost answer, sends the same key, so the backend makes one order at most (a
 * refused attempt stores nothing, so retrying it after a fix is still one order). Only one request
 * is in flight at a time. On success the ordered lines leave the cart and the address is remembered.
 */
export function useCheckout(shopId: string, mode: CheckoutMode) {
  const cartLines = useCart((s) => s.lines);
  const buyNow = useCart((s) => s.buyNow);
  const lines = useMemo(() => checkoutLines(cartLines, buyNow, shopId, mode), [cartLines, buyNow, shopId, mode]);
  const remembered = useAddressBook((s) => s.address);
  const [address, setAddressState] = useState<Address>(() => remembered ?? emptyAddress);
  const [addressErrors, setAddressErrors] = useState<AddressErrors>({});
  const [note, setNoteState] = useState('');
  const [formError, setFormError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [shopName, setShopName] = useState<string | null>(null);
  const [key] = useState(newIdempotencyKey);
  /** the order placed: the page moves on to it (the lines have left the cart by then) */
  const [placed, setPlaced] = useState<Order | null>(null);
  const inFlight = useRef(false);

  // The shop's name for the page, and the products' current prices and stock for the summary.
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

  const submit = useCallback(async (): Promise<Order | null> => {
    if (inFlight.current || placed || lines.length === 0) return null;
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
    try {
      const order = await ordersApi.create({
        shopId,
        items: lines.map((l) => ({ productId: l.productId, qty: l.qty })),
        address: checked.address,
        ...(note.trim() ? { note: note.trim() } : {}),
        idempotencyKey: key,
      });
      useAddressBook.getState().remember(checked.address);
      const cart = useCart.getState();
      if (mode === 'buyNow') cart.setBuyNow(null);
      else cart.remove(lines.map((l) => l.productId));
      setPlaced(order);
      return order;
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
  }, [lines, address, note, shopId, key, mode, placed]);

  return {
    lines,
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
    submit,
  };
}
