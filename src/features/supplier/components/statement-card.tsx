import { useState } from 'react';
import { Input, Text, View } from '@tarojs/components';
import type { StatementLine } from '../../../../types/supply';
import { supplierConsoleUi } from '../../../../types/zh-CN/supplier-console';
import { ui } from '../../../../types/zh-CN/ui';
import { toApiError } from '../../../api';
import { Field, FormMessage, SubmitButton } from '../../../components/form';
import { toast } from '../../../utils/feedback';
import { formatPrice } from '../../../utils/price';
import { formatOrderTime, newIdempotencyKey } from '../../orders';
import { supplyApi } from '../api';
import { checkSettleForm, settleErrorsFrom, type SettleErrors } from '../settle';
import './statement-card.scss';

const S = supplierConsoleUi.statements;

/** One seller's line: pieces, owed, received, still to receive; 记一笔收款; the payments received, newest first. */
export function StatementCard({ line, onSettled }: { line: StatementLine; onSettled: (line: StatementLine) => void }) {
  const [open, setOpen] = useState(false);
  const [amount, setAmount] = useState('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<SettleErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // One key per payment recorded: a double tap, or a retry after a lost answer, records it once; after it is saved, a new one.
  const [key, setKey] = useState(newIdempotencyKey);

  const submit = async () => {
    if (busy) return;
    const checked = checkSettleForm(line.shopId, { amount, note });
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    setFormError(null);
    setBusy(true);
    try {
      const settled = await supplyApi.settle(line.shopId, checked.amountFen, checked.note, key);
      setKey(newIdempotencyKey());
      toast(S.saved);
      setOpen(false);
      setAmount('');
      setNote('');
      onSettled(settled);
    } catch (err) {
      const error = toApiError(err);
      setErrors(settleErrorsFrom(error.fields));
      setFormError(error.message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <View className='statement-card'>
      <View className='statement-card__head'>
        <Text className='statement-card__shop'>{line.shopName}</Text>
        <Text className='statement-card__pieces'>{S.pieces(line.pieces)}</Text>
      </View>
      <View className='statement-card__figures'>
        {[
          { key: 'owed', label: S.owed, fen: line.owedFen },
          { key: 'settled', label: S.settled, fen: line.settledFen },
          { key: 'balance', label: S.balance, fen: line.balanceFen },
        ].map((f) => (
          <View key={f.key} className={`statement-card__figure statement-${f.key}`}>
            <Text className='statement-card__label'>{f.label}</Text>
            <Text className='statement-card__amount'>{formatPrice(f.fen)}</Text>
          </View>
        ))}
      </View>
      {open ? (
        <View className='statement-card__form'>
          <Field name='amount' label={S.amountLabel} error={errors.amount}>
            <Input className='field__input' type='digit' value={amount} placeholder={supplierConsoleUi.form.pricePlaceholder} onInput={(e) => setAmount(e.detail.value)} />
          </Field>
          <Field name='note' label={S.noteLabel} error={errors.note}>
            <Input className='field__input' value={note} maxlength={100} placeholder={S.notePlaceholder} onInput={(e) => setNote(e.detail.value)} />
          </Field>
          <FormMessage text={formError} />
          <View className='statement-card__actions'>
            <View className='statement-card__cancel' onClick={() => setOpen(false)}>
              {ui.common.cancel}
            </View>
            <SubmitButton className='statement-card__submit settle-submit' label={S.save} busyLabel={ui.common.saving} busy={busy} onClick={() => void submit()} />
          </View>
        </View>
      ) : (
        <View className='statement-card__settle settle-button' onClick={() => setOpen(true)}>
          {S.settle}
        </View>
      )}
      <View className='statement-card__settlements'>
        <Text className='statement-card__label'>{S.settlements}</Text>
        {line.settlements.length === 0 ? <Text className='statement-card__none'>{S.noSettlements}</Text> : null}
        {line.settlements.map((s) => (
          <View key={s.id} className='statement-card__settlement'>
            <Text className='statement-card__when'>{formatOrderTime(s.at)}</Text>
            <Text className='statement-card__what'>{s.note ? `${formatPrice(s.amountFen)} · ${s.note}` : formatPrice(s.amountFen)}</Text>
          </View>
        ))}
      </View>
    </View>
  );
}
