import { createReactComponent } from '@tarojs/components/lib/react/react-component-lib/createComponent.js';
import { manipulatePropsFunction } from '@tarojs/components/lib/react/helper.js';
import { defineCustomElement } from '@tarojs/components/dist/components/taro-swiper-core.js';

export const Swiper = /*@__PURE__*/ createReactComponent('taro-swiper-core', undefined, manipulatePropsFunction, defineCustomElement);
