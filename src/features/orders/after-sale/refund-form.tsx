import { useState } from 'react';
import { Image, Input, Text, View } from '@tarojs/components';
import type { AfterSaleType, Order } from '../../../../types/order';
import { afterSalesUi } from '../../../../types/zh-CN/after-sales-ui';
import { inPersonReturnText } from '../../../../types/zh-CN/in-person-returns';
import { returnsInPerson } from '../../../../types/rules/returns';
import type { ApiError } from '../../../api';
import { Field } from '../../../components/form';
import { formatPrice } from '../../../utils/price';
import { ImagePicker, useImageList } from '../../uploads';
import { ordersApi } from '../api';
import { ActionPanel, Choice, TextField, textProblem } from '../components/action-kit';
import { amountProblem, chosenItemsFen, fenToYuanInput, parseYuan, refundableFen } from './rules';
import './after-sale.scss';

const F = afterSalesUi.form;
type Act = (name: string, run: () => Promise<Order | void>, done?: string, atField?: (error: ApiError) => boolean) => Promise<boolean>;

const TYPES: ReadonlyArray<{ value: AfterSaleType; label: string }> = [
  { value: 'refund', label: F.type.refund },
  { value: 'return', label: F.type.return },
];

/**
 * The buyer's refund request: what, which items, how much, why, photos — then a confirm step. Nothing is
 * chosen for the buyer (a usability test sent a whole order back with one tap); the amount follows the
 * chosen items until the buyer edits it, and is never more than was paid and not yet refunded.
 */
export function RefundForm({ order, busy, act, onClose }: { order: Order; busy: boolean; act: Act; onClose: () => void }) {
  // a pickup or delivery order goes back by hand: its hints say 当面退回, never 寄回
  const typeHint = returnsInPerson(order.fulfilment?.kind) ? inPersonReturnText.typeHint : F.typeHint;
  const max = refundableFen(order);
  const [type, setType] = useState<AfterSaleType | null>(null);
  const [qty, setQty] = useState<Record<string, number>>({});
  const [amount, setAmount] = useState('');
  const [amountEdited, setAmountEdited] = useState(false);
  const [reason, setReason] = useState('');
  const photos = useImageList('proofs', 9);
  const [errors, setErrors] = useState<Record<string, string | null>>({});
  const [step, setStep] = useState<'edit' | 'confirm'>('edit');

  const setItemQty = (productId: string, n: number) => {
    const next = { ...qty, [productId]: n };
    setQty(next);
    if (!amountEdited) {
      const fen = chosenItemsFen(order, next);
      setAmount(fen > 0 ? fenToYuanInput(fen) : '');
    }
  };
  const items = order.items.filter((i) => (qty[i.productId] ?? 0) > 0).map((i) => ({ productId: i.productId, qty: qty[i.productId] ?? 0 }));
  const fen = parseYuan(amount);

  const check = (): boolean => {
    const a = amountProblem(fen, max);
    const next = {
      type: type ? null : F.pickType,
      items: items.length ? null : F.pickItems,
      amount: a === 'bad' ? F.amountBad : a === 'zero' ? F.amountZero : a === 'tooMuch' ? F.amountTooMuch(formatPrice(max)) : null,
      reason: textProblem(reason, F.reasonLabel, 500),
      photos: photos.uploading ? F.photosUploading : null,
    };
    setErrors(next);
    return Object.values(next).every((v) => v === null);
  };

  const atField = (e: ApiError) => {
    const hit = ['amountFen', 'items', 'reason', 'photos'].filter((f) => e.fields[f]);
    if (hit.length === 0) return false;
    setErrors({ amount: e.fields.amountFen ?? null, items: e.fields.items ?? null, reason: e.fields.reason ?? null, photos: e.fields.photos ?? null });
    setStep('edit');
    return true;
  };

  if (step === 'confirm' && type && fen !== null) {
    return (
      <ActionPanel
        name='refund-confirm'
        title={F.confirmTitle}
        submitLabel={F.submit}
        busy={busy}
        onClose={() => setStep('edit')}
        onSubmit={() =>
          void act(
            'requestAfterSale',
            () => ordersApi.requestAfterSale(order.id, { type, reason: reason.trim(), amountFen: fen, items, photos: photos.urls }),
            F.sent,
            atField,
          ).then((ok) => ok && onClose())
        }
      >
        <Text className='after-sale__label'>{F.confirmAmount}</Text>
        <Text className='money money--big refund-confirm-amount'>{formatPrice(fen)}</Text>
        <Text className='after-sale__line refund-confirm-type'>{F.type[type]} · {typeHint[type]}</Text>
        {items.map((i) => {
          const item = order.items.find((x) => x.productId === i.productId);
          return (
            <Text key={i.productId} className='after-sale__line'>
              {item?.title ?? i.productId} × {i.qty}
            </Text>
          );
        })}
        <Text className='after-sale__line'>{reason.trim()}</Text>
        <View className='after-sale__back refund-back' onClick={() => setStep('edit')}>
          {F.confirmBack}
        </View>
      </ActionPanel>
    );
  }

  return (
    <ActionPanel name='after-sale' title={F.title} submitLabel={F.next} busy={false} onClose={onClose} onSubmit={() => check() && setStep('confirm')}>
      <Field name='after-sale-type' label={F.typeLabel} error={errors.type}>
        <Choice name='after-sale-type' options={TYPES} value={type} onChange={setType} />
        {type ? <Text className='after-sale__hint'>{typeHint[type]}</Text> : null}
      </Field>
      <Field name='refund-items' label={F.itemsLabel} error={errors.items}>
        {order.items.map((item) => {
          const n = qty[item.productId] ?? 0;
          return (
            <View key={item.productId} className={`refund-item refund-item-${item.productId}`}>
              {item.image ? <Image className='refund-item__image' src={item.image} mode='aspectFill' /> : null}
              <View className='refund-item__main'>
                <Text className='refund-item__title'>{item.title}</Text>
                <Text className='money'>{formatPrice(item.priceFen)}</Text>
              </View>
              <View className='stepper'>
                <View className={`stepper__btn stepper-minus${n === 0 ? ' stepper__btn--off' : ''}`} onClick={() => n > 0 && setItemQty(item.productId, n - 1)}>
                  −
                </View>
                <Text className='stepper__n refund-item-qty'>{F.qty(n, item.qty)}</Text>
                <View className={`stepper__btn stepper-plus${n >= item.qty ? ' stepper__btn--off' : ''}`} onClick={() => n < item.qty && setItemQty(item.productId, n + 1)}>
                  +
                </View>
              </View>
            </View>
          );
        })}
      </Field>
      <Field name='refund-amount' label={F.amountLabel} aside={F.amountAside(formatPrice(max))} error={errors.amount}>
        <Input
          className='field__input refund-amount-input'
          type='digit'
          value={amount}
          placeholder={F.amountHint}
          onInput={(e) => {
            setAmountEdited(true);
            setAmount(e.detail.value);
          }}
        />
      </Field>
      <TextField name='after-sale-reason' label={F.reasonLabel} value={reason} max={500} placeholder={F.reasonPlaceholder} multiline error={errors.reason} onChange={setReason} />
      <Field name='refund-photos' label={F.photosLabel} error={errors.photos}>
        <ImagePicker list={photos} name='refund-photos' addLabel={F.addPhoto} />
      </Field>
    </ActionPanel>
  );
}
