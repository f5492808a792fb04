import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Image, Input, Text, View } from '@tarojs/components';
import type { Address, Order } from '../../../../types/order';
import { afterSalesUi } from '../../../../types/zh-CN/after-sales-ui';
import { inPersonReturnText } from '../../../../types/zh-CN/in-person-returns';
import { returnsInPerson } from '../../../../types/rules/returns';
import { ordersUi } from '../../../../types/zh-CN/orders-ui';
import type { ApiError } from '../../../api';
import { Field } from '../../../components/form';
import { formatPrice } from '../../../utils/price';
import { previewImages } from '../../product';
import { ordersApi } from '../api';
import { ActionPanel, Choice, TextField, textProblem } from '../components/action-kit';
import './after-sale.scss';

const S = afterSalesUi.seller;
const A = ordersUi.actions;
type Act = (name: string, run: () => Promise<Order | void>, done?: string, atField?: (error: ApiError) => boolean) => Promise<boolean>;

/**
 * The shop's last return address, kept on this phone: the next return starts from it. Storage may be cleared
 * by WeChat and writes throw when it is full (1MB a key, 10MB in all), so it is only ever a starting point
 * (https://developers.weixin.qq.com/miniprogram/dev/api/storage/wx.setStorageSync.html).
 */
const addressKey = (shopId: string) => `shuren:returnAddress:${shopId}`;
export function lastReturnAddress(shopId: string): Address | null {
  try {
    const raw: unknown = Taro.getStorageSync(addressKey(shopId));
    if (raw && typeof raw === 'object' && 'name' in raw && 'phone' in raw && 'detail' in raw) {
      const a = raw as Record<string, unknown>;
      if (typeof a.name === 'string' && typeof a.phone === 'string' && typeof a.detail === 'string') return { name: a.name, phone: a.phone, detail: a.detail };
    }
  } catch {
    // no stored address: the form starts empty
  }
  return null;
}

/**
 * The seller's confirm step for an after-sale: the amount asked in large type, the items, the reason and
 * photos, and a decision the seller must choose (nothing is pre-selected). Approving a return asks where
 * it goes back to.
 */
export function ResolvePanel({ order, busy, act, onClose }: { order: Order; busy: boolean; act: Act; onClose: () => void }) {
  const a = order.afterSale;
  const amountFen = a?.amountFen ?? order.totalFen;
  const isReturn = a?.type === 'return';
  // a pickup or delivery order's return is handed back in person: no address to post it to
  const inPerson = returnsInPerson(order.fulfilment?.kind);
  const [decision, setDecision] = useState<'approve' | 'reject' | null>(null);
  const [note, setNote] = useState('');
  const stored = isReturn && !inPerson ? lastReturnAddress(order.shopId) : null;
  const [address, setAddress] = useState<Address>(stored ?? { name: '', phone: '', detail: '' });
  const [errors, setErrors] = useState<Record<string, string | null>>({});
  if (!a) return null;

  const decisions = [
    { value: 'approve' as const, label: isReturn ? S.approveReturn : S.approve(formatPrice(amountFen)) },
    { value: 'reject' as const, label: S.reject },
  ];
  const needAddress = isReturn && !inPerson && decision === 'approve';

  const submit = () => {
    const next: Record<string, string | null> = {
      decision: decision ? null : S.pickDecision,
      note: textProblem(note, A.resolveNoteLabel, 500, decision === 'reject'),
      name: needAddress ? textProblem(address.name, S.nameLabel, 20) : null,
      phone: needAddress ? textProblem(address.phone, S.phoneLabel, 20) : null,
      detail: needAddress ? textProblem(address.detail, S.detailLabel, 200) : null,
    };
    setErrors(next);
    if (!decision || Object.values(next).some((v) => v !== null)) return;
    const returnAddress = needAddress ? { name: address.name.trim(), phone: address.phone.trim(), detail: address.detail.trim() } : undefined;
    const atField = (e: ApiError) => {
      const hit = Object.keys(e.fields).filter((f) => /returnAddress|name|phone|detail|note/.test(f));
      if (hit.length === 0) return false;
      setErrors({
        phone: e.fields['returnAddress.phone'] ?? e.fields.phone ?? null,
        name: e.fields['returnAddress.name'] ?? e.fields.name ?? null,
        detail: e.fields['returnAddress.detail'] ?? e.fields.detail ?? e.fields.returnAddress ?? null,
        note: e.fields.note ?? null,
      });
      return true;
    };
    void act('resolveAfterSale', () => ordersApi.resolveAfterSale(order.id, decision === 'approve', note, returnAddress), A.resolved, atField).then((ok) => {
      if (ok && returnAddress) {
        try {
          Taro.setStorageSync(addressKey(order.shopId), returnAddress);
        } catch {
          // not remembered: the next return starts empty
        }
      }
      if (ok) onClose();
    });
  };

  const input = (key: keyof Address, label: string, type: 'text' | 'number' = 'text') => (
    <Field name={`return-${key}`} label={label} error={errors[key]}>
      <Input className={`field__input return-${key}-input`} type={type} value={address[key]} onInput={(e) => setAddress({ ...address, [key]: e.detail.value })} />
    </Field>
  );

  return (
    <ActionPanel name='resolve' title={S.title} submitLabel={S.submit} busy={busy} onClose={onClose} onSubmit={submit}>
      <Text className='after-sale__label'>
        {S.askedAmount} · {S.type[a.type]}
      </Text>
      <Text className='money money--big resolve-amount'>{formatPrice(amountFen)}</Text>
      {order.payment?.method === 'transfer' ? <Text className='after-sale__hint resolve-transfer-note'>{S.transferNote(formatPrice(amountFen))}</Text> : null}
      {a.items?.length ? (
        <View className='after-sale__block'>
          <Text className='after-sale__label'>{S.items}</Text>
          {a.items.map((i) => (
            <Text key={i.productId} className='after-sale__line'>
              {order.items.find((x) => x.productId === i.productId)?.title ?? i.productId} × {i.qty}
            </Text>
          ))}
        </View>
      ) : null}
      <View className='after-sale__block'>
        <Text className='after-sale__label'>{S.reason}</Text>
        <Text className='after-sale__line resolve-reason'>{a.reason}</Text>
      </View>
      {a.photos?.length ? (
        <View className='after-sale__block'>
          <Text className='after-sale__label'>{S.photos}</Text>
          <View className='after-sale__photos'>
            {a.photos.map((url) => (
              <Image key={url} className='after-sale__photo resolve-photo' src={url} mode='aspectFill' onClick={() => previewImages(a.photos ?? [], url)} />
            ))}
          </View>
        </View>
      ) : null}
      <Field name='decision' label={S.decisionLabel} error={errors.decision}>
        <Choice name='decision' options={decisions} value={decision} onChange={setDecision} />
      </Field>
      {isReturn && inPerson && decision === 'approve' ? <Text className='after-sale__hint return-in-person'>{inPersonReturnText.sellerApprove}</Text> : null}
      {needAddress ? (
        <View className='after-sale__block return-address-form'>
          <Text className='after-sale__label'>{S.addressHeading}</Text>
          {stored ? <Text className='after-sale__hint'>{S.addressPrefilled}</Text> : null}
          {input('name', S.nameLabel)}
          {input('phone', S.phoneLabel, 'number')}
          {input('detail', S.detailLabel)}
        </View>
      ) : null}
      <TextField name='resolve-note' label={A.resolveNoteLabel} value={note} max={500} placeholder={A.resolveNotePlaceholder} multiline error={errors.note} onChange={setNote} />
    </ActionPanel>
  );
}
