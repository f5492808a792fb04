import { createReactComponent } from '@tarojs/components/lib/react/react-component-lib/createComponent.js';
import { manipulatePropsFunction } from '@tarojs/components/lib/react/helper.js';
import { defineCustomElement } from '@tarojs/components/dist/components/taro-text-core.js';

export const Text = /*@__PURE__*/ createReactComponent('taro-text-core', undefined, manipulatePropsFunction, defineCustomElement);
