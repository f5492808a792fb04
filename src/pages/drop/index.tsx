import { useCallback, useEffect } from 'react';
import Taro, { usePullDownRefresh, useRouter, useShareAppMessage } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { dropUi as T } from '../../../types/zh-CN/drop-ui';
import { wechatUi } from '../../../types/zh-CN/wechat-ui';
import { ErrorState } from '../../components/state-views';
import { FormMessage, SubmitButton } from '../../components/form';
import { PageSkeleton } from '../../features/friend-nav';
import { DropHeader, DropItems, DropJoiners, DropWays, JoinSheet, totalOf, useCutoff, useDrop, useJoin } from '../../features/drop';
import { useSinglePageMode } from '../../features/wechat/single-page';
import { dropPagePath } from '../../utils/routes';
import { paramFrom } from '../../utils/navigation';
import { formatPrice } from '../../utils/price';
import { setPageTitle } from '../../utils/title';
import '../../features/wechat/single-page-notice.scss';
import './index.scss';

/** A group drop as a friend opens it from a group chat: `/pages/drop/index?dropId=…`. Reading needs no identity. */
export default function DropPage() {
  const router = useRouter();
  const dropId = paramFrom(router.params, 'dropId');
  const { state, reload, refresh } = useDrop(dropId);
  const view = state.status === 'ready' ? state.data : null;
  const drop = view?.drop ?? null;
  // Opened from Moments: read-only, no identity, no navigation (features/wechat/single-page.ts).
  const single = useSinglePageMode();
  const cutoff = useCutoff(drop?.closesAt ?? null);
  const closed = !drop || drop.status === 'closed' || !cutoff || cutoff.closed;
  const onClosed = useCallback(() => void refresh(), [refresh]);
  const join = useJoin(view, onClosed);

  useEffect(() => {
    if (drop) setPageTitle(drop.title);
  }, [drop]);

  usePullDownRefresh(() => {
    void refresh().finally(() => void Taro.stopPullDownRefresh());
  });

  // Sharing is WeChat's own menu only, the drop's title and page: nothing rewards or asks for it.
  // https://developers.weixin.qq.com/miniprogram/dev/reference/api/Page.html#onShareAppMessage-Object-object
  // (title, and path: a full path starting with "/"; the card shows a screenshot of the page unless imageUrl is given)
  useShareAppMessage(() => ({ title: drop ? T.shareTitle(drop.title, drop.shopName) : T.pageTitle, path: dropPagePath(dropId), imageUrl: drop?.items[0]?.image ?? undefined }));

  if (state.status === 'loading') return <PageSkeleton kind='product' />;
  if (state.status === 'error') {
    const gone = state.error.code === 'NOT_FOUND' || !dropId;
    return (
      <View className='drop-page'>
        {gone ? (
          <ErrorState title={state.error.code === 'NOT_FOUND' ? T.notFound : undefined} message={state.error.message} />
        ) : (
          <ErrorState title={T.loadFailed} message={state.error.message} onRetry={() => void reload()} />
        )}
      </View>
    );
  }
  if (!view || !drop) return null;
  const canJoin = !closed && !single;
  const total = totalOf(drop.items, join.quantities);

  return (
    <View className={`drop-page${canJoin ? ' drop-page--joinable' : ''}`}>
      <DropHeader drop={drop} cutoff={cutoff} />
      <DropItems items={drop.items} quantities={join.quantities} onChange={canJoin ? join.change : null} />
      <DropWays drop={drop} chosen={canJoin ? join.way : null} onChoose={canJoin ? join.chooseWay : null} />
      <DropJoiners view={view} />

      {single ? (
        <View className='single-page-notice drop-single'>
          <Text className='single-page-notice__title'>{wechatUi.singlePage.title}</Text>
          <Text className='single-page-notice__text'>{T.singlePage}</Text>
        </View>
      ) : null}
      {!single && closed ? (
        <View className='drop-closed'>
          <Text>{T.closedHint}</Text>
          {join.formError ? <Text className='drop-closed__why'>{join.formError}</Text> : null}
        </View>
      ) : null}

      {canJoin ? (
        <View className='drop-bar'>
          <View className='drop-bar__total'>
            <Text className='drop-bar__sum'>{T.total(formatPrice(total.fen), total.pieces)}</Text>
            {join.sheetOpen ? null : <FormMessage text={join.formError} />}
          </View>
          <SubmitButton className='drop-join' label={T.join} busyLabel={T.join} busy={false} disabled={total.pieces === 0} onClick={join.open} />
        </View>
      ) : null}

      {canJoin && join.sheetOpen && join.way ? (
        <JoinSheet
          drop={drop}
          quantities={join.quantities}
          way={join.way}
          address={join.address}
          onAddress={join.setAddress}
          errors={join.errors}
          anonymous={join.anonymous}
          onAnonymous={join.setAnonymous}
          formError={join.formError}
          submitting={join.submitting}
          onConfirm={() => void join.confirm()}
          onCancel={join.close}
        />
      ) : null}
    </View>
  );
}
