import { useCallback, useEffect, useRef, useState } from 'react';
import type { Post, PostPolicyView } from '../../../types/post';
import { postsUi } from '../../../types/zh-CN/posts-ui';
import { toApiError, type ApiError } from '../../api';
import { showError, toast } from '../../utils/feedback';
import { postApi } from './api';
import { DAY_MS } from './time';

export type PlannerState =
  | { status: 'loading' }
  | { status: 'error'; error: ApiError }
  | { status: 'ready'; view: PostPolicyView; posts: Post[]; now: number };

/** How far back the lists and the feed-health panel look. */
export const HISTORY_DAYS = 28;

/**
 * The scheduler page's data: the policy with today's usage and the next allowed time (`post.policy`),
 * and the posts from 28 days ago through the horizon (`post.list`). Actions go one at a time; after
 * each, both are asked again so the quota meter and the lists agree with the backend.
 */
export function usePostPlanner() {
  const [state, setState] = useState<PlannerState>({ status: 'loading' });
  const [busy, setBusy] = useState<string | null>(null);
  const latest = useRef(0);

  const load = useCallback(async (quiet: boolean): Promise<void> => {
    const request = ++latest.current;
    if (!quiet) setState({ status: 'loading' });
    const now = Date.now();
    try {
      const [view, posts] = await Promise.all([
        postApi.policy(),
        postApi.list(new Date(now - HISTORY_DAYS * DAY_MS).toISOString(), new Date(now + 61 * DAY_MS).toISOString()),
      ]);
      if (request === latest.current) setState({ status: 'ready', view, posts, now });
    } catch (err) {
      if (request === latest.current) setState({ status: 'error', error: toApiError(err) });
    }
  }, []);

  useEffect(() => {
    void load(false);
    return () => {
      latest.current += 1;
    };
  }, [load]);

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
        await load(true);
      }
    },
    [busy, load],
  );

  const reschedule = useCallback((postId: string, at: string) => act(postId, () => postApi.reschedule(postId, at), postsUi.rescheduled), [act]);
  const cancel = useCallback((postId: string) => act(postId, () => postApi.cancel(postId), postsUi.cancelled), [act]);
  const markPosted = useCallback((postId: string) => act(postId, () => postApi.markPosted(postId), postsUi.markedPosted), [act]);

  return { state, busy, reload: () => load(false), refresh: () => load(true), reschedule, cancel, markPosted };
}
