import { useCallback, useState } from 'react';
import type { Post, PostPolicyView } from '../../../types/post';
import { postsUi } from '../../../types/zh-CN/posts-ui';
import { toApiError } from '../../api';
import { useResource, type Resource } from '../../hooks/use-resource';
import { showError, toast } from '../../utils/feedback';
import { postApi } from './api';
import { DAY_MS } from './time';

export interface PlannerData {
  view: PostPolicyView;
  posts: Post[];
  /** when they were asked for: the week and the meter are drawn for that moment */
  now: number;
}
export type PlannerState = Resource<PlannerData>;

/** How far back the lists and the feed-health panel look. */
export const HISTORY_DAYS = 28;

/**
 * The scheduler page's data: the policy with today's usage and the next allowed time (`post.policy`),
 * and the posts from 28 days ago through the horizon (`post.list`). Actions go one at a time; after
 * each, both are asked again so the quota meter and the lists agree with the backend.
 */
export function usePostPlanner() {
  const load = useCallback(async (): Promise<PlannerData> => {
    const now = Date.now();
    const [view, posts] = await Promise.all([
      postApi.policy(),
      postApi.list(new Date(now - HISTORY_DAYS * DAY_MS).toISOString(), new Date(now + 61 * DAY_MS).toISOString()),
    ]);
    return { view, posts, now };
  }, []);
  const { state, reload, refresh } = useResource(load, { refreshErrorReplaces: true });
  const [busy, setBusy] = useState<string | null>(null);

  const act = useCallback(
    async (postId: string, run: () => Promise<unknown>, done: string): Promise<boolean> => {
      if (busy) return false;
      setBusy(postId);
      try {
        await run();
        toast(done);
        return true;
      } catch (err) {
        showError(toApiError(err).message, postsUi.actionFailed);
        return false;
      } finally {
        setBusy(null);
        await refresh();
      }
    },
    [busy, refresh],
  );

  const reschedule = useCallback((postId: string, at: string) => act(postId, () => postApi.reschedule(postId, at), postsUi.rescheduled), [act]);
  const cancel = useCallback((postId: string) => act(postId, () => postApi.cancel(postId), postsUi.cancelled), [act]);
  const markPosted = useCallback((postId: string) => act(postId, () => postApi.markPosted(postId), postsUi.markedPosted), [act]);

  return { state, busy, reload, refresh, reschedule, cancel, markPosted };
}
