// The checkout's public face for other features: WeChat's own address picker (the drop's join sheet offers it too).
// Only this small module: the checkout's form and hooks stay its own.
export { pickWechatAddress, addressFromWechat, type PickAddressResult } from './wechat-address';
