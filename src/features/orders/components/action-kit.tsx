import { Children, useState, type ReactNode } from 'react';
import { Input, Text, View } from '@tarojs/components';
import { charLength } from '../../../../types/text';
import { ordersUi } from '../../../../types/zh-CN/orders-ui';
import { formsUi } from '../../../../types/zh-CN/forms-ui';
import { Field, GrowingTextarea, SubmitButton } from '../../../components/form';
import './action-kit.scss';

const A = ordersUi.actions;

/** One action button in the order's action bar; `name` becomes `action-<name>` for e2e. */
export function ActionButton({ name, label, primary = false, disabled = false, onClick }: { name: string; label: string; primary?: boolean; disabled?: boolean; onClick: () => void }) {
  return (
    <View
      className={`action-btn action-${name}${primary ? ' action-btn--primary' : ''}${disabled ? ' action-btn--disabled' : ''}`}
      hoverClass={disabled ? 'none' : 'action-btn--pressed'}
      onClick={() => !disabled && onClick()}
    >
      {label}
    </View>
  );
}

export function ActionBar({ children }: { children: ReactNode }) {
  // Every button hidden (its form is open): no empty card under the form.
  if (Children.toArray(children).length === 0) return null;
  return <View className='order-card action-bar order-actions'>{children}</View>;
}

/** An inline form opened by an action button: its fields, a submit, and "再想想" to close it. */
export function ActionPanel({ name, title, hint, children, submitLabel, busy, onSubmit, onClose }: {
  name: string;
  title: string;
  hint?: string;
  children: ReactNode;
  submitLabel: string;
  busy: boolean;
  onSubmit: () => void;
  onClose: () => void;
}) {
  return (
    <View className={`order-card action-panel action-panel--${name}`}>
      <Text className='order-card__title'>{title}</Text>
      {hint ? <Text className='action-panel__hint'>{hint}</Text> : null}
      {children}
      <View className='action-panel__buttons'>
        <View className='action-panel__close' onClick={onClose}>
          {A.keep}
        </View>
        <SubmitButton className={`action-panel__submit submit-${name}`} label={submitLabel} busyLabel={A.sending} busy={busy} onClick={onSubmit} />
      </View>
    </View>
  );
}

/** A few exclusive choices as pills (售后类型, 同意 / 拒绝, 星级). */
export function Choice<T extends string | number>({ name, options, value, onChange }: { name: string; options: ReadonlyArray<{ value: T; label: string }>; value: T | null; onChange: (v: T) => void }) {
  return (
    <View className={`choice choice--${name}`}>
      {options.map((o) => (
        <View
          key={String(o.value)}
          className={`choice__option choice-${name}-${String(o.value)}${o.value === value ? ' choice__option--on' : ''}`}
          onClick={() => onChange(o.value)}
        >
          {o.label}
        </View>
      ))}
    </View>
  );
}

export function TextField({ name, label, value, max, placeholder, multiline = false, error, onChange }: {
  name: string;
  label: string;
  value: string;
  max: number;
  placeholder: string;
  multiline?: boolean;
  error?: string | null;
  onChange: (v: string) => void;
}) {
  return (
    <Field name={name} label={label} aside={ordersUi.checkout.counter(charLength(value), max)} error={error}>
      {multiline ? (
        <GrowingTextarea className='field__textarea--short' value={value} placeholder={placeholder} maxlength={-1} onInput={(e) => onChange(e.detail.value)} />
      ) : (
        <Input className='field__input' value={value} placeholder={placeholder} maxlength={max + 10} onInput={(e) => onChange(e.detail.value)} />
      )}
    </Field>
  );
}

/** Required text within `max` characters → the zh-CN problem, or null. */
export function textProblem(value: string, label: string, max: number, required = true): string | null {
  const n = charLength(value.trim());
  if (required && n === 0) return A.required(label);
  if (n > max) return formsUi.tooLong(label, max);
  return null;
}

/** Cancel with an optional reason: either side, before shipping. */
export function CancelPanel({ busy, onSubmit, onClose }: { busy: boolean; onSubmit: (reason: string) => void; onClose: () => void }) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  return (
    <ActionPanel
      name='cancel'
      title={A.cancelTitle}
      submitLabel={A.cancelConfirm}
      busy={busy}
      onClose={onClose}
      onSubmit={() => {
        const problem = textProblem(reason, A.cancelReasonLabel, 200, false);
        setError(problem);
        if (!problem) onSubmit(reason);
      }}
    >
      <TextField name='cancel-reason' label={A.cancelReasonLabel} value={reason} max={200} placeholder={A.cancelReasonPlaceholder} error={error} onChange={setReason} />
    </ActionPanel>
  );
}
