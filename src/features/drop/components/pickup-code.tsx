import { useCallback } from 'react';
import { Text, View } from '@tarojs/components';
import type { DropView, OrderFulfilment } from '../../../../types/drop';
import { PICKUP_CODE_LENGTH } from '../../../../types/rules/pickup-code';
import type { Order } from '../../../../types/order';
import { dropUi as T } from '../../../../types/zh-CN/drop-ui';
import { useResource } from '../../../hooks/use-resource';
import { dropApi } from '../api';
import { QrCode } from './qr-code';
import './pickup-code.scss';

/** What a drop's order carries beyond a shop order (CONTRACT.md, Additions, `drop`); absent on other orders. */
export interface DropOrderFields {
  dropId?: string | null;
  fulfilment?: OrderFulfilment | null;
  pickupCode?: string | null;
}

/** Statuses in which the code is still to be shown: paid, and arrived at the point (已到货，待取货). */
const CODE_STATUSES: ReadonlySet<string> = new Set(['paid', 'ready']);

/** The code a buyer shows at pickup (or to the seller delivering): only once paid and until it is used. */
export function pickupCodeOf(order: Order & DropOrderFields): string | null {
  const code = order.pickupCode ?? null;
  if (!code || code.length !== PICKUP_CODE_LENGTH || !CODE_STATUSES.has(order.status)) return null;
  return code;
}

/**
 * The buyer's pickup code as big digits and a QR of exactly those 6 digits (the seller's scanCode reads it), with the
 * pickup point's address and window read from the drop. Nothing for orders without a code.
 */
export function PickupCodeCard({ order }: { order: Order & DropOrderFields }) {
  const code = pickupCodeOf(order);
  const fulfilment = order.fulfilment ?? null;
  const dropId = code && fulfilment?.kind === 'pickup' ? (order.dropId ?? null) : null;
  const load = useCallback(() => dropApi.get(dropId ?? '') as Promise<DropView>, [dropId]);
  const { state } = useResource(load, { enabled: dropId !== null });
  if (!code) return null;
  const point = fulfilment?.kind === 'pickup' && state.status === 'ready' ? (state.data.drop.fulfilment.pickup[fulfilment.pickupIndex] ?? null) : null;
  return (
    <View className='pickup-code'>
      <Text className='pickup-code__label'>{T.pickupCode}</Text>
      <Text className='pickup-code__digits'>{code}</Text>
      <QrCode text={code} label={T.pickupCode} />
      <Text className='pickup-code__hint'>{T.pickupCodeHint}</Text>
      {point ? (
        <View className='pickup-code__point'>
          <Text className='pickup-code__point-name'>
            {T.pickupPoint} · {point.name}
          </Text>
          <Text className='pickup-code__line'>{point.address}</Text>
          <Text className='pickup-code__line'>{T.pickupWindow(point.window)}</Text>
        </View>
      ) : null}
      {fulfilment?.kind === 'delivery' ? <Text className='pickup-code__line'>{T.deliveryNote}</Text> : null}
    </View>
  );
}
