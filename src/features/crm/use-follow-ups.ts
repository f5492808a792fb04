import { useCallback, useState } from 'react';
import Taro from '@tarojs/taro';
import type { FollowUp } from '../../../types/crm';
import { crmUi } from '../../../types/zh-CN/crm-ui';
import { toApiError } from '../../api';
import { showError, toast } from '../../utils/feedback';
import { crmApi } from './api';
import { useResource } from '../../hooks/use-resource';

/** How many days "推迟" moves a follow-up. */
export const SNOOZE_DAYS = 3;

/** The follow-ups due now (`crm.followups`, status 'due'): copy the text, mark done, or snooze. Nothing is sent to anyone. */
export function useFollowUps() {
  const { state, reload, refresh } = useResource(
    useCallback(async () => (await crmApi.followups()).filter((f) => f.status === 'due'), []),
    { refreshErrorReplaces: true },
  );
  const [busy, setBusy] = useState<string | null>(null);
  const [handled, setHandled] = useState<string[]>([]);

  const copy = useCallback(async (f: FollowUp) => {
    try {
      // https://developers.weixin.qq.com/miniprogram/dev/api/device/clipboard/wx.setClipboardData.html
      await Taro.setClipboardData({ data: f.text });
      toast(crmUi.followUps.copied);
    } catch {
      // the platform shows its own message when the clipboard is refused
    }
  }, []);

  const act = useCallback(async (f: FollowUp, snooze: boolean) => {
    setBusy(f.id);
    try {
      if (snooze) await crmApi.snooze(f.id, SNOOZE_DAYS);
      else await crmApi.done(f.id);
      setHandled((h) => [...h, f.id]);
      toast(snooze ? crmUi.followUps.snoozed : crmUi.followUps.doneToast);
    } catch (err) {
      showError(toApiError(err).message, crmUi.followUps.failed);
    } finally {
      setBusy(null);
    }
  }, []);

  const due = state.status === 'ready' ? state.data.filter((f) => !handled.includes(f.id)) : [];
  return {
    state,
    due,
    busy,
    reload: async () => {
      await refresh();
      setHandled([]);
    },
    retry: () => reload(),
    copy,
    done: (f: FollowUp) => act(f, false),
    snooze: (f: FollowUp) => act(f, true),
  };
}
