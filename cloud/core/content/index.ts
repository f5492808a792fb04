export { CONTENT_SCENE, isVerdict } from './port';
export type { ContentScene, ContentSecurity, ImageSubmission, Verdict } from '../runtime/ports';
export { checkTexts, type TextToCheck } from './check';
export { recordImages, submitImages, settleImage, imageStatuses, visibleTo, resubmitUnsentImages, type ImageBatch, type ImageStatus } from './images';
export { visibleShopView, visibleProduct, visibleProducts, shopViewAs, productsAs } from './visible';
export { parseMediaCheckPush, isPlatformTrigger, type MediaCheckPush } from './push';
export { localContentSecurity, LOCAL_REJECT_MARKER, LOCAL_REJECT_IMAGE_MARKER } from './local';
