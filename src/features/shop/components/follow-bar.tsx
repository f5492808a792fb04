import { useEffect, useState } from 'react';
import { Text, View } from '@tarojs/components';
import { ui } from '../../../../types/zh-CN/ui';
import { callFunction, toApiError } from '../../../api';
import { confirmAction, toast } from '../../../utils/feedback';
import { askOneConsent } from '../../notifications';
import { SHOP_UPDATE_TEMPLATE } from '../../../../types/post';
import './follow-bar.scss';

type FollowState = 'following' | 'muted' | 'none';

/**
 * A friend opts in to the shop's updates, mutes them while still following, or unfollows (after a confirmation). Nothing is rewarded and nothing is required:
 * without an identity (Moments single-page mode, anonymous browser) the bar is simply not shown.
 */
export function FollowBar({ shopId }: { shopId: string }) {
  const [state, setState] = useState<FollowState | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let alive = true;
    void (async () => {
      try {
        const r = await callFunction('shop', 'followState', { shopId });
        if (alive) setState(r?.state ?? null);
      } catch {
        if (alive) setState(null); // anonymous or offline: no bar
      }
    })();
    return () => {
      alive = false;
    };
  }, [shopId]);

  if (state === null) return null;

  const choose = (next: FollowState) => {
    // One subscription consent = one message; WeChat only asks inside the tap itself, so first.
    if (next === 'following') void askOneConsent(SHOP_UPDATE_TEMPLATE);
    setBusy(true);
    callFunction('shop', 'follow', { shopId, state: next })
      .then((r) => setState(r.state))
      .catch((err) => toast(toApiError(err).message))
      .finally(() => setBusy(false));
  };

  const t = ui.shop.follow;
  // Unfollowing drops the friend's reminders: asked first, with buttons that name both choices.
  const unfollow = async () => {
    if (await confirmAction(t.unfollowTitle, t.unfollowText, t.unfollowConfirm, t.keep)) choose('none');
  };
  const tap = (next: FollowState) => (busy ? undefined : () => choose(next));
  return (
    <View className={`follow-bar follow-bar--${state}`}>
      <View className='follow-bar__buttons'>
        {state === 'none' ? (
          <Text className='follow-bar__button follow-bar__follow' onClick={tap('following')}>
            {t.follow}
          </Text>
        ) : (
          <Text className='follow-bar__button follow-bar__button--on follow-bar__state'>{state === 'following' ? t.following : t.muted}</Text>
        )}
        {state === 'following' ? (
          <Text className='follow-bar__button follow-bar__mute' onClick={tap('muted')}>
            {t.mute}
          </Text>
        ) : null}
        {state === 'muted' ? (
          <Text className='follow-bar__button follow-bar__resume' onClick={tap('following')}>
            {t.resume}
          </Text>
        ) : null}
        {state !== 'none' ? (
          <Text className='follow-bar__link follow-bar__reset' onClick={busy ? undefined : () => void unfollow()}>
            {t.unfollow}
          </Text>
        ) : null}
      </View>
      <Text className='follow-bar__hint'>{state === 'following' ? t.followingHint : state === 'muted' ? t.mutedHint : t.hint}</Text>
    </View>
  );
}
