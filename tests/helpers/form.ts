import { act, waitFor } from '@testing-library/react';

/** Types into a Taro <Input>/<Textarea> of the form field `.field--<field>`: their H5 elements report typing as an `input` event with `detail.value`. */
export async function typeInto(container: HTMLElement, field: string, value: string): Promise<void> {
  const el = container.querySelector(`.field--${field} taro-input-core, .field--${field} taro-textarea-core`);
  if (!el) throw new Error(`no control in .field--${field}`);
  // the element renders its inner <input>/<textarea> a tick later; values set before that are lost
  await waitFor(() => expect(el.querySelector('input, textarea')).not.toBeNull());
  act(() => {
    el.dispatchEvent(new CustomEvent('input', { detail: { value }, bubbles: true }));
  });
}

/** The error the form shows under `.field--<field>`, or null. */
export const errorOf = (container: HTMLElement, field: string): string | null =>
  container.querySelector(`.field--${field} .field-error`)?.textContent ?? null;
