import { useCallback, useEffect, useRef, useState } from 'react';
import Taro from '@tarojs/taro';
import type { DropView, OrderFulfilment } from '../../../types/drop';
import type { Address } from '../../../types/order';
import { BUYER_TEMPLATES } from '../../../types/messages-template-names';
import { dropUi as T } from '../../../types/zh-CN/drop-ui';
import { toApiError } from '../../api';
import { useAddressBook } from '../../stores/address';
import { askConsent } from '../notifications';
import { newIdempotencyKey } from '../orders';
import { orderRoutes } from '../../utils/routes';
import { dropApi } from './api';
import { chosenLines, initialQuantities, initialWay, joinErrorsFrom, joinParams, needsDetail, setQty, type JoinErrors, type Quantities } from './rules';
import type { DropItem } from '../../../types/drop';

/** Name and phone for every way, the address line too for delivery and shipping; the backend checks the rest. */
export function missingFields(address: Address, way: OrderFulfilment): JoinErrors {
  const errors: JoinErrors = {};
  if (!address.name.trim()) errors.name = T.required;
  if (!address.phone.trim()) errors.phone = T.required;
  if (needsDetail(way) && !address.detail.trim()) errors.detail = T.required;
  return errors;
}

/**
 * Joining a drop in two taps: quantities and a way on the page, then 跟团 opens a small sheet (name, phone, the
 * address line when it must be brought, 匿名跟团) and 确认跟团 places the order and opens it to pay. One idempotency
 * key per opening of the sheet: a double tap, or a retry after a lost answer, is one order; changing the choice and
 * joining again is a new attempt. The sheet starts from the address the last order remembered (stores/address.ts).
 */
export function useJoin(view: DropView | null, onClosed: () => void) {
  const drop = view?.drop ?? null;
  const [quantities, setQuantities] = useState<Quantities>({});
  const [way, setWay] = useState<OrderFulfilment | null>(null);
  const [sheetOpen, setSheetOpen] = useState(false);
  const remembered = useAddressBook((s) => s.address);
  const [address, setAddressState] = useState<Address>(() => remembered ?? { name: '', phone: '', detail: '' });
  const [anonymous, setAnonymous] = useState(false);
  const [errors, setErrors] = useState<JoinErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [key, setKey] = useState(newIdempotencyKey);
  const inFlight = useRef(false);

  // A drop's first answer picks the defaults: one of the first product, and the way when there is only one.
  const dropId = drop?.id ?? null;
  useEffect(() => {
    if (!drop) return;
    setQuantities(initialQuantities(drop.items));
    setWay(initialWay(drop));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a different drop resets the buyer's choice
  }, [dropId]);

  const change = useCallback((item: DropItem, qty: number) => {
    setQuantities((prev) => setQty(prev, item, qty));
    setFormError(null);
  }, []);

  const chooseWay = useCallback((next: OrderFulfilment) => {
    setWay(next);
    setFormError(null);
  }, []);

  /** The first tap (跟团): the sheet, when something and a way are chosen. */
  const open = useCallback(() => {
    if (!drop) return;
    if (chosenLines(drop.items, quantities).length === 0) return setFormError(T.chooseSome);
    if (!way) return setFormError(T.chooseWay);
    setFormError(null);
    setErrors({});
    setKey(newIdempotencyKey());
    setSheetOpen(true);
  }, [drop, quantities, way]);

  const close = useCallback(() => {
    if (!inFlight.current) setSheetOpen(false);
  }, []);

  const setAddress = useCallback((next: Address) => {
    setAddressState(next);
    setErrors({});
    setFormError(null);
  }, []);

  /** The second tap (确认跟团): the order, then its page to pay. */
  const confirm = useCallback(async () => {
    if (!drop || !way || inFlight.current) return;
    const missing = missingFields(address, way);
    if (Object.keys(missing).length > 0) return setErrors(missing);
    // Placing the order is the buyer's tap: ask for the order notices now, before any await (Taro #5065).
    void askConsent(BUYER_TEMPLATES);
    inFlight.current = true;
    setSubmitting(true);
    setFormError(null);
    try {
      const params = joinParams(drop, quantities, way, address, anonymous, key);
      const order = await dropApi.join(params);
      const prev = useAddressBook.getState().address;
      // a pickup's sheet has no address line: keep the one the last delivery remembered
      useAddressBook.getState().remember({ ...params.address, detail: params.address.detail || prev?.detail || '' });
      setSheetOpen(false);
      // https://developers.weixin.qq.com/miniprogram/dev/api/route/wx.redirectTo.html: the order replaces the drop page,
      // so "back" from paying does not land on a form already sent
      void Taro.redirectTo({ url: orderRoutes.order(order.id) }).catch(() => undefined);
    } catch (err) {
      const error = toApiError(err);
      const remaining = error.details.remaining;
      if (error.code === 'CONFLICT' && typeof remaining === 'number') setFormError(T.remaining(remaining));
      else if (error.code === 'CONFLICT' && error.details.reason !== 'no_payment_method') {
        // the only other refusal of a join: the drop closed meanwhile
        setSheetOpen(false);
        setFormError(T.nowClosed);
        onClosed();
      } else {
        setErrors(joinErrorsFrom(error.fields));
        setFormError(error.message);
      }
    } finally {
      inFlight.current = false;
      setSubmitting(false);
    }
  }, [drop, way, address, quantities, anonymous, key, onClosed]);

  return { quantities, change, way, chooseWay, sheetOpen, open, close, address, setAddress, anonymous, setAnonymous, errors, formError, submitting, confirm };
}
