import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import './index.scss';

export { GrowingTextarea, type GrowingTextareaProps } from './growing-textarea';

interface FieldProps {
  /** the field's name, for e2e: `field field--<name>` */
  name: string;
  label: string;
  hint?: string;
  /** e.g. a character counter, right of the label */
  aside?: string;
  error?: string | null;
  children: ReactNode;
}

/** One form field: label (and counter), the control, a hint, and its zh-CN error underneath. */
export function Field({ name, label, hint, aside, error, children }: FieldProps) {
  return (
    <View className={`field field--${name}${error ? ' field--invalid' : ''}`}>
      <View className='field__head'>
        <Text className='field__label'>{label}</Text>
        {aside ? <Text className={`field__aside field__counter${error ? ' field__aside--invalid' : ''}`}>{aside}</Text> : null}
      </View>
      {hint ? <Text className='field__hint'>{hint}</Text> : null}
      <View className='field__control'>{children}</View>
      {error ? <Text className='field-error'>{error}</Text> : null}
    </View>
  );
}

/** A message above or below a form (the backend's sentence, "请看红字提示"). */
export function FormMessage({ text }: { text: string | null }) {
  if (!text) return null;
  return <Text className='form-message'>{text}</Text>;
}

interface SubmitButtonProps {
  label: string;
  busyLabel: string;
  busy: boolean;
  disabled?: boolean;
  onClick: () => void;
  className?: string;
}

export function SubmitButton({ label, busyLabel, busy, disabled = false, onClick, className = '' }: SubmitButtonProps) {
  const off = busy || disabled;
  return (
    <View
      className={`submit-button ${className}${off ? ' submit-button--disabled' : ''}`}
      hoverClass={off ? 'none' : 'submit-button--pressed'}
      onClick={() => {
        if (!off) onClick();
      }}
    >
      {busy ? busyLabel : label}
    </View>
  );
}
