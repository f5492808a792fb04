import { useState } from 'react';
import { Text } from '@tarojs/components';
import { DELIVERY_COMPANIES, OTHER_CARRIER } from '../../../../types/delivery';
import type { Order } from '../../../../types/order';
import { deliveryText } from '../../../../types/zh-CN/delivery';
import { ordersUi } from '../../../../types/zh-CN/orders-ui';
import type { ApiError } from '../../../api';
import { Field } from '../../../components/form';
import { ordersApi } from '../api';
import { ActionPanel, Choice, TextField, textProblem } from '../components/action-kit';
import './ship-panel.scss';

const A = ordersUi.actions;
const D = deliveryText;

type Act = (name: string, run: () => Promise<Order | void>, done?: string, atField?: (error: ApiError) => boolean) => Promise<boolean>;

/** WeChat's delivery ids as big pills (one tap each), 其他 last: a carrier WeChat releases the money for is one tap away. */
const CARRIERS: ReadonlyArray<{ value: string; label: string }> = [...DELIVERY_COMPANIES.map((c) => ({ value: c.id, label: c.short })), { value: OTHER_CARRIER, label: D.other }];

/** 发货: the carrier from WeChat's list (or 其他 with its name) and the tracking number. */
export function ShipPanel({ order, busy, act, onClose }: { order: Order; busy: boolean; act: Act; onClose: () => void }) {
  const [carrier, setCarrier] = useState<string | null>(null);
  const [carrierName, setCarrierName] = useState('');
  const [trackingNo, setTrackingNo] = useState('');
  const [errors, setErrors] = useState<Record<string, string | null>>({});
  const other = carrier === OTHER_CARRIER;

  const submit = () => {
    const next = {
      carrier: carrier ? null : D.pickCarrier,
      carrierName: other ? textProblem(carrierName, D.otherNameLabel, 30) : null,
      trackingNo: textProblem(trackingNo, A.trackingLabel, 40),
    };
    setErrors(next);
    if (!carrier || next.carrierName || next.trackingNo) return;
    // The backend's word on a field goes under that field.
    const atField = (e: ApiError) => {
      const hit = ['carrier', 'carrierName', 'trackingNo'].filter((f) => e.fields[f]);
      if (hit.length === 0) return false;
      setErrors(Object.fromEntries(hit.map((f) => [f, e.fields[f]])));
      return true;
    };
    void act('ship', () => ordersApi.ship(order.id, carrier, trackingNo.trim(), other ? carrierName.trim() : undefined), A.shipped, atField).then((ok) => ok && onClose());
  };

  return (
    <ActionPanel name='ship' title={A.ship} submitLabel={A.shipSubmit} busy={busy} onClose={onClose} onSubmit={submit}>
      <Field name='carrier' label={D.carrierLabel} error={errors.carrier}>
        <Choice name='carrier' options={CARRIERS} value={carrier} onChange={setCarrier} />
      </Field>
      {other ? (
        <>
          <TextField name='carrier-name' label={D.otherNameLabel} value={carrierName} max={30} placeholder={D.otherNamePlaceholder} error={errors.carrierName} onChange={setCarrierName} />
          <Text className='ship-panel__hint'>{D.otherHint}</Text>
        </>
      ) : null}
      <TextField name='tracking-no' label={A.trackingLabel} value={trackingNo} max={40} placeholder={A.trackingPlaceholder} error={errors.trackingNo} onChange={setTrackingNo} />
    </ActionPanel>
  );
}
