import { useState } from 'react';
import { Input, Text, View } from '@tarojs/components';
import { DELIVERY_COMPANIES, OTHER_CARRIER } from '../../../../types/delivery';
import type { SupplierOrder } from '../../../../types/supply';
import { deliveryText } from '../../../../types/zh-CN/delivery';
import { supplierConsoleUi } from '../../../../types/zh-CN/supplier-console';
import { ui } from '../../../../types/zh-CN/ui';
import { toApiError } from '../../../api';
import { Field, FormMessage, SubmitButton } from '../../../components/form';
import { supplyApi } from '../api';
import './supplier-ship-form.scss';

const D = deliveryText;
const O = supplierConsoleUi.orders;
const CARRIERS: ReadonlyArray<{ value: string; label: string }> = [...DELIVERY_COMPANIES.map((c) => ({ value: c.id, label: c.short })), { value: OTHER_CARRIER, label: D.other }];

/** The order as the supplier sees it: `order.ship` answers the supplier with its own view (never the buyer's). */
function asSupplierOrder(answer: unknown): SupplierOrder | null {
  return typeof answer === 'object' && answer !== null && 'shopName' in answer && 'items' in answer ? (answer as SupplierOrder) : null;
}

/**
 * 发货 for a supplier's order: a carrier from WeChat's list (or 其他 with its name) and the tracking number. The
 * seller's ship panel takes a whole seller's Order and calls through the orders feature, so the supplier has its own.
 */
export function SupplierShipForm({ orderId, onShipped, onClose }: { orderId: string; onShipped: (order: SupplierOrder | null) => void; onClose: () => void }) {
  const [carrier, setCarrier] = useState<string | null>(null);
  const [carrierName, setCarrierName] = useState('');
  const [trackingNo, setTrackingNo] = useState('');
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const other = carrier === OTHER_CARRIER;

  const submit = async () => {
    const next = {
      carrier: carrier ? undefined : D.pickCarrier,
      carrierName: other && carrierName.trim() === '' ? supplierConsoleUi.form.required(D.otherNameLabel) : undefined,
      trackingNo: trackingNo.trim() === '' ? supplierConsoleUi.form.required(O.trackingLabel) : undefined,
    };
    setErrors(next);
    if (!carrier || next.carrierName || next.trackingNo || busy) return;
    setBusy(true);
    setFormError(null);
    try {
      onShipped(asSupplierOrder(await supplyApi.ship(orderId, carrier, trackingNo.trim(), other ? carrierName.trim() : undefined)));
    } catch (err) {
      const error = toApiError(err);
      setErrors({ carrier: error.fields.carrier, carrierName: error.fields.carrierName, trackingNo: error.fields.trackingNo });
      setFormError(error.message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <View className='supplier-ship'>
      <Field name='carrier' label={D.carrierLabel} error={errors.carrier}>
        <View className='supplier-ship__carriers'>
          {CARRIERS.map((c) => (
            <View
              key={c.value}
              className={`supplier-ship__carrier carrier-${c.value}${c.value === carrier ? ' supplier-ship__carrier--on' : ''}`}
              onClick={() => {
                setCarrier(c.value);
                setErrors((prev) => ({ ...prev, carrier: undefined }));
              }}
            >
              {c.label}
            </View>
          ))}
        </View>
      </Field>
      {other ? (
        <>
          <Field name='carrier-name' label={D.otherNameLabel} error={errors.carrierName}>
            <Input className='field__input' value={carrierName} maxlength={30} placeholder={D.otherNamePlaceholder} onInput={(e) => setCarrierName(e.detail.value)} />
          </Field>
          <Text className='supplier-ship__hint'>{D.otherHint}</Text>
        </>
      ) : null}
      <Field name='tracking-no' label={O.trackingLabel} error={errors.trackingNo}>
        <Input className='field__input' value={trackingNo} maxlength={40} placeholder={O.trackingPlaceholder} onInput={(e) => setTrackingNo(e.detail.value)} />
      </Field>
      <FormMessage text={formError} />
      <View className='supplier-ship__actions'>
        <View className='supplier-ship__cancel' onClick={onClose}>
          {ui.common.cancel}
        </View>
        <SubmitButton className='supplier-ship__submit ship-submit' label={O.shipSubmit} busyLabel={ui.common.saving} busy={busy} onClick={() => void submit()} />
      </View>
    </View>
  );
}
