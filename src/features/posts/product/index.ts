// The product page's part of the scheduler (main package): keep it light, no policy engine here.
export { usePostingWindow, hideMomentsShare, type PostingWindow, type ShareMenuState } from './usePostingWindow';
export { PostNowEntry, postNowPath } from './PostNowEntry';
export { postingClosed, openingTime, POST_NOW_DELAY_MS } from './window';
