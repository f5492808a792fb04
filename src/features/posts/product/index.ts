// The product page's part of the scheduler (main package): keep it light, no policy engine here.
export { usePostingWindow, hideMomentsShare, type PostingWindow, type ShareMenuState } from './use-posting-window';
export { PostNowEntry, postNowPath } from './post-now-entry';
export { postingClosed, openingTime, POST_NOW_DELAY_MS } from './window';
