/**
 * `@tarojs/components` in the "weapp" jest project: the mini program's components as plain host
 * elements (a tap is a click), plus <Canvas type="2d" id> mounting a canvas node on the fake page so
 * that `createSelectorQuery().select('#id')` finds it only while the component is rendered.
 * (Canvas component: https://developers.weixin.qq.com/miniprogram/dev/component/canvas.html)
 */
import { createElement, useEffect, type CSSProperties, type ReactNode } from 'react';
import { page } from '../fakes/wx/canvas';

interface Props {
  className?: string;
  id?: string;
  style?: CSSProperties | string;
  children?: ReactNode;
  onClick?: () => void;
  hoverClass?: string;
  [key: string]: unknown;
}

function host(tag: string) {
  return function Host({ className, id, children, onClick }: Props) {
    return createElement(tag, { className, id, onClick }, children);
  };
}

export const View = host('div');
export const Text = host('span');
export const Button = host('button');
export const ScrollView = host('div');

/** <Input>: its `input` event carries `detail.value` (https://developers.weixin.qq.com/miniprogram/dev/component/input.html). */
export function Input({ className, value, placeholder, onInput }: Props) {
  const report = typeof onInput === 'function' ? (onInput as (e: { detail: { value: string } }) => void) : undefined;
  return createElement('input', {
    className,
    value: typeof value === 'string' ? value : '',
    placeholder: typeof placeholder === 'string' ? placeholder : undefined,
    onChange: (e: { target: { value: string } }) => report?.({ detail: { value: e.target.value } }),
  });
}

/** <Textarea>: like <Input>, bindinput's event.detail is { value, cursor } (https://developers.weixin.qq.com/miniprogram/dev/component/textarea.html). */
export function Textarea({ className, value, placeholder, onInput }: Props) {
  const report = typeof onInput === 'function' ? (onInput as (e: { detail: { value: string } }) => void) : undefined;
  return createElement('textarea', {
    className,
    value: typeof value === 'string' ? value : '',
    placeholder: typeof placeholder === 'string' ? placeholder : undefined,
    onChange: (e: { target: { value: string } }) => report?.({ detail: { value: e.target.value } }),
  });
}

export function Image({ className, src }: Props) {
  return createElement('img', { className, src: typeof src === 'string' ? src : undefined, alt: '' });
}

export function Canvas({ id, type, className }: Props) {
  useEffect(() => {
    if (typeof id !== 'string' || id === '') return undefined;
    page.mount(id, type === '2d' ? '2d' : 'webgl', 375, 575);
    return () => page.unmount(id);
  }, [id, type]);
  return createElement('canvas', { id, className, 'data-type': type });
}
