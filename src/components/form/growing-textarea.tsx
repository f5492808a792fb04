import { Textarea } from '@tarojs/components';
import type { TextareaProps } from '@tarojs/components';

export type GrowingTextareaProps = Omit<TextareaProps, 'autoHeight'> & {
  /** `field__textarea` plus these (e.g. `field__textarea--short`, a name for tests) */
  className?: string;
};

/**
 * Every multi-line field of the app: it grows with what is typed, so a long story, address or
 * reason is read whole instead of scrolling inside a small box.
 *
 * `autoHeight` is Taro's `auto-height` of WeChat's textarea ("是否自动增高，设置auto-height时，
 * style.height不生效": https://developers.weixin.qq.com/miniprogram/dev/component/textarea.html;
 * min-height still applies, so the box keeps its resting size). On H5, Taro's own textarea
 * (@tarojs/components `taro-textarea-core`) sets `rows` to the counted lines and adds the
 * `auto-height` class (height: auto); index.scss gives the inner <textarea> the app's font (a
 * browser's default for textarea is monospace) and the box's min-height.
 */
export function GrowingTextarea({ className = '', ...props }: GrowingTextareaProps) {
  return <Textarea {...props} className={`field__textarea field__textarea--grows ${className}`.trim()} autoHeight />;
}
