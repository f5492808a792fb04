// The H5 build's '@tarojs/components' (config/index.ts aliases it here; the mini program build never sees this).
// Taro's own React wrappers (@tarojs/components/lib/react/components.js) are one module: every component the app uses
// anywhere is bound in it, so every page chunk that renders a View also carried Swiper (and swiper.js), Picker,
// Textarea… (~250 KB of the shop page's first view). Here each component the app uses is its own module, made the
// same way from the same library (createReactComponent and the component's own custom element), and this file only
// re-exports (marked side-effect free): a page links to the components it renders and nothing else.
// Any other component still comes from Taro's module, as before.
export { Button } from './button.js';
export { Canvas } from './canvas.js';
export { Image } from './image.js';
export { Input } from './input.js';
export { Picker } from './picker.js';
export { ScrollView } from './scroll-view.js';
export { Swiper } from './swiper.js';
export { SwiperItem } from './swiper-item.js';
export { Text } from './text.js';
export { Textarea } from './textarea.js';
export { View } from './view.js';
export * from '@tarojs/components/lib/react/components.js';
