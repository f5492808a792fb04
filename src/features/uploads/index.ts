export { chooseImages, uploadImage, cloudPathFor, MAX_IMAGE_BYTES, type ChosenImage, type UploadFolder } from './upload';
export { useImageList, type ImageItem, type ImageList } from './use-image-list';
export { ImagePicker } from './components/image-picker';
