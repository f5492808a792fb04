/**
 * A fake of `@tarojs/taro` for the mini program build (TARO_ENV=weapp): every API the app calls in
 * WeChat, each from its own file that checks the arguments against WeChat's documentation (cited
 * there) and answers as WeChat does, recording each call in `wx.log`.
 *
 * The "weapp" jest project maps `@tarojs/taro` here and sets TARO_ENV=weapp before any module loads
 * (tests/setup/weapp-env.js). In a test: `wx.reset()` in beforeEach, set the phone (`wx.platform`,
 * `wx.privacy`, `addressBook.pick`, `cashier.answer`…), act, then read `wx.log` and the API's state.
 */
import { chooseAddress } from './chooseAddress';
import { chooseMedia } from './chooseMedia';
import { callFunction, cloudFunctions } from './cloud.callFunction';
import { downloadFile } from './cloud.downloadFile';
import { getTempFileURL } from './cloud.getTempFileURL';
import { init } from './cloud.init';
import { uploadFile } from './cloud.uploadFile';
import { canvasToTempFilePath, createOffscreenCanvas, createSelectorQuery } from './canvas';
import { showModal, showToast } from './feedback';
import { env, getFileSystemManager } from './fileSystem';
import { getCurrentPages, navigateBack, navigateTo, redirectTo, router, useRouter, useShareAppMessage, useShareTimeline } from './navigation';
import { previewImage } from './previewImage';
import { getPrivacySetting, onNeedPrivacyAuthorization, requirePrivacyAuthorize } from './privacy';
import { requestPayment } from './requestPayment';
import { offAppShow, onAppShow, openBusinessView } from './openBusinessView';
import { fail, invoke, wx } from './runtime';
import { saveImageToPhotosAlbum } from './saveImageToPhotosAlbum';
import { setClipboardData } from './setClipboardData';
import { scanCode } from './scanCode';
import { hideShareMenu, showShareMenu } from './shareMenu';
import { showShareImageMenu } from './showShareImageMenu';
import { shareFileMessage } from './shareFileMessage';
import { downloadFile as httpDownloadFile } from './downloadFile';
import { canIUse, getAppBaseInfo, getDeviceInfo, getSystemInfoSync } from './system';

export { wx } from './runtime';
export { addressBook } from './chooseAddress';
export { mediaPicker } from './chooseMedia';
export { cloudFunctions } from './cloud.callFunction';
export { cloudStorage } from './cloud.uploadFile';
export { cloudState } from './cloud.init';
export { page, exported, network, FakeCanvas } from './canvas';
export { screen } from './feedback';
export { router } from './navigation';
export { preview } from './previewImage';
export { cashier } from './requestPayment';
export { businessView } from './openBusinessView';
export { album } from './saveImageToPhotosAlbum';
export { clipboard } from './setClipboardData';
export { scanner } from './scanCode';
export { shareMenu } from './shareMenu';
export { shareImageMenu } from './showShareImageMenu';
export { fileShare } from './shareFileMessage';
export { downloads } from './downloadFile';

// requestSubscribeMessage is faked by the subscription-messages work (its own file); plugged in when present.
function optional(name: string): Record<string, unknown> {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return require(`./${name}`) as Record<string, unknown>;
  } catch {
    return {};
  }
}
const subscribe = optional('requestSubscribeMessage');
const requestSubscribeMessage =
  typeof subscribe.requestSubscribeMessage === 'function'
    ? subscribe.requestSubscribeMessage
    : (opts: Record<string, unknown>) => invoke('requestSubscribeMessage', opts, () => fail('requestSubscribeMessage', 'no fake (tests/fakes/wx/requestSubscribeMessage.ts)')); 

const noop = (): void => undefined;

const Taro = {
  cloud: { init, callFunction, uploadFile, getTempFileURL, downloadFile },
  env,
  getFileSystemManager,
  chooseAddress,
  chooseMedia,
  requirePrivacyAuthorize,
  onNeedPrivacyAuthorization,
  getPrivacySetting,
  requestPayment,
  openBusinessView,
  onAppShow,
  offAppShow,
  requestSubscribeMessage,
  showShareImageMenu,
  shareFileMessage,
  downloadFile: httpDownloadFile,
  saveImageToPhotosAlbum,
  previewImage,
  hideShareMenu,
  showShareMenu,
  canvasToTempFilePath,
  createOffscreenCanvas,
  createSelectorQuery,
  showToast,
  showModal,
  setClipboardData,
  scanCode,
  canIUse,
  getDeviceInfo,
  getAppBaseInfo,
  getSystemInfoSync,
  navigateTo,
  redirectTo,
  navigateBack,
  getCurrentPages,
  setNavigationBarTitle: (opts: Record<string, unknown>) => invoke('setNavigationBarTitle', opts, () => ({ errMsg: 'setNavigationBarTitle:ok' })),
  stopPullDownRefresh: () => Promise.resolve({ errMsg: 'stopPullDownRefresh:ok' }),
  nextTick: (fn: () => void) => setTimeout(fn, 0),
  getCurrentInstance: () => ({ router: { params: router.params, path: router.path } }),
  useRouter,
  useShareAppMessage,
  useShareTimeline,
  useDidShow: noop,
  useDidHide: noop,
  useLoad: noop,
  useReady: noop,
  usePullDownRefresh: noop,
  useReachBottom: noop,
};

export { useRouter, useShareAppMessage, useShareTimeline, cloudFunctions as deployedFunctions };
export const useDidShow = noop;
export const useDidHide = noop;
export const useLoad = noop;
export const useReady = noop;
export const usePullDownRefresh = noop;
export const useReachBottom = noop;

export function resetWx(): void {
  wx.reset();
  init({}); // app.ts initialises cloud development at launch in the weapp build
}

export default Taro;
