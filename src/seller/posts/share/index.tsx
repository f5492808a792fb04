import { Canvas, Image, Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { postsUi } from '../../../../types/zh-CN/posts-ui';
import { wechatShareUi } from '../../../../types/zh-CN/wechat-share';
import { ErrorState, LoadingState } from '../../../components/state-views';
import { POSTER_CANVAS_ID, RefusalCard, askReminderConsent, formatLocal, markCheck, markHint, posterShareWay, useShareMaterial } from '../../../features/posts';
import { showError, toast } from '../../../utils/feedback';
import { goBackOr, paramFrom } from '../../../utils/navigation';
import { sellerRoutes } from '../../routes';
import '../index.scss';
import './index.scss';

const shareLabel = { menu: postsUi.share.sharePoster, album: postsUi.share.savePoster, download: postsUi.share.downloadPoster };

/**
 * WeChat draws the poster on this hidden 2D canvas component (features/posts/poster.ts says why not an
 * OffscreenCanvas); it stays on the page in every state, so the drawing finds it as soon as data arrives.
 */
function PosterCanvas() {
  if (process.env.TARO_ENV !== 'weapp') return null;
  return <Canvas type='2d' id={POSTER_CANVAS_ID} className='poster-canvas' />;
}

/**
 * 发圈素材 for a post (`?postId=`) or "发朋友圈" for a product (`?productId=`: planned first at
 * now + 1 minute through the posting policy): copy the text, share or save the poster, "我已发出".
 */
export default function SharePage() {
  const router = useRouter();
  const postId = paramFrom(router.params, 'postId');
  const productId = paramFrom(router.params, 'productId');
  const m = useShareMaterial(postId ? { postId } : { productId });
  const { state, poster } = m;

  if (state.status === 'loading') {
    return (
      <View>
        <PosterCanvas />
        <LoadingState text={productId ? postsUi.share.preparing : undefined} />
      </View>
    );
  }
  if (state.status === 'error') {
    return (
      <View>
        <PosterCanvas />
        <ErrorState message={state.error.message} onRetry={() => void m.reload()} />
      </View>
    );
  }
  if (state.status === 'refused') {
    return (
      <View className='share-page'>
        <PosterCanvas />
        <RefusalCard
          refusal={state.refusal}
          timeZone={state.shop.policy.timeZone}
          busy={m.busy}
          onAccept={() => {
            void askReminderConsent(); // first in the tap (Taro #5065)
            void m.scheduleAtSuggested();
          }}
        />
        <View className='share-back back-to-plan' onClick={() => goBackOr(sellerRoutes.posts)}>
          {postsUi.share.backToPlan}
        </View>
      </View>
    );
  }

  const { post, shop } = state;
  const posted = post.status === 'posted';
  // The time rules of "我已发出" (due from 30 minutes before, not paused); the other posts' rules are the backend's answer.
  const mark = markCheck(post, [], shop.policy, Date.now());
  const markHintText = mark.ok ? null : markHint(mark, shop.policy);
  return (
    <View className='share-page'>
      <PosterCanvas />
      <View className='share-card'>
        <View className='share-card__head'>
          <Text className='share-card__time'>{formatLocal(post.at, shop.policy.timeZone)}</Text>
          <Text className={`share-card__status post-status--${post.status}`}>{postsUi.status[post.status]}</Text>
        </View>
        <Text className='share-text' userSelect>
          {post.text}
        </Text>
        <View className='share-button copy-text' hoverClass='share-button--pressed' onClick={() => void m.copy()}>
          {postsUi.share.copyText}
        </View>
      </View>

      <View className='share-card poster-card'>
        <Text className='share-card__title'>{postsUi.share.poster}</Text>
        {poster.status === 'drawing' || poster.status === 'none' ? <Text className='poster-status'>{postsUi.share.posterLoading}</Text> : null}
        {poster.status === 'failed' ? (
          <View>
            <Text className='poster-status poster-status--failed'>{wechatShareUi.posterFailed}</Text>
            <View className='share-button retry-poster' hoverClass='share-button--pressed' onClick={() => m.redrawPoster()}>
              {wechatShareUi.retryPoster}
            </View>
          </View>
        ) : null}
        {poster.status === 'ready' ? (
          <View>
            <Image className='poster-image' src={poster.src} mode='widthFix' showMenuByLongpress />
            <View className='share-button share-poster' hoverClass='share-button--pressed' onClick={() => void m.share()}>
              {shareLabel[posterShareWay()]}
            </View>
          </View>
        ) : null}
      </View>

      {!posted ? (
        <View className={`share-card after-share${m.shared ? ' after-share--asked' : ''}`}>
          <Text className='share-card__title'>{postsUi.share.afterShare}</Text>
          {markHintText ? <Text className='mark-hint'>{markHintText}</Text> : null}
          <View
            className={`share-button share-button--primary mark-posted${mark.ok ? '' : ' share-button--disabled'}`}
            hoverClass='share-button--pressed'
            aria-disabled={!mark.ok}
            onClick={() => {
              // asked again at the tap: the page may have stayed open until the post fell due
              const now = markCheck(post, [], shop.policy, Date.now());
              if (!now.ok) {
                showError(markHint(now, shop.policy) ?? postsUi.actionFailed);
                return;
              }
              void m.markPosted().then((ok) => {
                if (ok) toast(postsUi.share.posted);
              });
            }}
          >
            {postsUi.share.markPosted}
          </View>
        </View>
      ) : null}

      <View className='share-back back-to-plan' onClick={() => goBackOr(sellerRoutes.posts)}>
        {postsUi.share.backToPlan}
      </View>
    </View>
  );
}
