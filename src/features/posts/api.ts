import { callFunction } from '../../api';
import type { PostScheduleParams } from '../../../types/post';

/** `post.*` (owner of a shop only; the backend checks it on every call). */
export const postApi = {
  policy: () => callFunction('post', 'policy', {}),
  list: (from?: string, to?: string) => callFunction('post', 'list', { ...(from ? { from } : {}), ...(to ? { to } : {}) }),
  schedule: (params: PostScheduleParams) => callFunction('post', 'schedule', params),
  reschedule: (postId: string, at: string) => callFunction('post', 'reschedule', { postId, at }),
  cancel: (postId: string) => callFunction('post', 'cancel', { postId }),
  markPosted: (postId: string) => callFunction('post', 'markPosted', { postId }),
  consent: (accepted: boolean, template: string) => callFunction('post', 'consent', { accepted, template }),
  shareCode: (productId?: string) => callFunction('post', 'shareCode', productId ? { productId } : {}),
};
