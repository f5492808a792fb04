export { CONTENT_SCENE, isVerdict, type ContentScene, type ContentSecurity, type ImageSubmission, type Verdict } from './port';
export { checkTexts, type TextToCheck } from './check';
export { recordImages, submitImages, settleImage, imageStatuses, visibleTo, resubmitUnsentImages, type ImageBatch, type ImageStatus } from './images';
export { visibleShopView, visibleProduct } from './visible';
export { parseMediaCheckPush, isPlatformTrigger, type MediaCheckPush } from './push';
export { localContentSecurity, LOCAL_REJECT_MARKER, LOCAL_REJECT_IMAGE_MARKER } from './local';
