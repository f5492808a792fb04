export { shopShareUrl, productShareUrl, currentOrigin } from './links';
export { CopyLinkButton, copyLink } from './copy-link-button';
