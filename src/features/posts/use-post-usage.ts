import { useCallback, useEffect, useState } from 'react';
import type { PostPolicyView } from '../../../types/post';
import { postApi } from './api';

/** Today's posting usage for the console's "发圈计划" entry (`post.policy`); null until known. */
export function usePostUsage(enabled: boolean) {
  const [view, setView] = useState<PostPolicyView | null>(null);
  const load = useCallback(async () => {
    try {
      const answer = await postApi.policy();
      setView(answer && answer.usage ? answer : null);
    } catch {
      setView(null);
    }
  }, []);
  useEffect(() => {
    if (enabled) void load();
  }, [enabled, load]);
  return { view, reload: load };
}
