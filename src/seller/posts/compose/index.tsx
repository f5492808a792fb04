import { Image, ScrollView, Text, View } from '@tarojs/components';
import { useEffect } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import type { Post } from '../../../../types/post';
import { charLength } from '../../../../types/text';
import { postsUi } from '../../../../types/zh-CN/posts-ui';
import { Field, FormMessage, GrowingTextarea, SubmitButton } from '../../../components/form';
import { ErrorState, LoadingState } from '../../../components/state-views';
import { RefusalCard, SlotPicker, askReminderConsent, formatLocal, useComposer } from '../../../features/posts';
import { ImagePicker } from '../../../features/uploads';
import { toast } from '../../../utils/feedback';
import { goBackOr, paramFrom } from '../../../utils/navigation';
import { formatPrice } from '../../../utils/price';
import { sellerRoutes } from '../../routes';
import '../index.scss';
import './index.scss';

/** 排一条朋友圈: product (pre-fills the text), text, images, day and an allowed time, followers; `?productId=` preselects. */
export default function ComposePage() {
  const router = useRouter();
  const c = useComposer(paramFrom(router.params, 'productId'));
  const refused = c.refusal !== null;

  // The refusal appears under the chosen time, far above the submit button the seller just tapped: bring it into
  // view. pageScrollTo takes a selector since base library 2.7.3
  // (https://developers.weixin.qq.com/miniprogram/dev/api/ui/scroll/wx.pageScrollTo.html); Taro's H5 runtime too.
  useEffect(() => {
    if (!refused) return;
    const timer = setTimeout(() => {
      void Promise.resolve()
        .then(() => Taro.pageScrollTo({ selector: '#posting-refusal', offsetTop: -80, duration: 200 }))
        .catch(() => undefined);
    }, 50);
    return () => clearTimeout(timer);
  }, [refused]);

  if (c.load.status === 'loading') return <LoadingState />;
  if (c.load.status === 'error') return <ErrorState message={c.load.error.message} onRetry={() => void c.reload()} />;

  const done = (post: Post | null) => {
    if (!post) return;
    toast(postsUi.composer.scheduled(formatLocal(post.at, c.timeZone)));
    goBackOr(sellerRoutes.posts);
  };
  // requestSubscribeMessage must be the first thing a tap does (Taro #5065), before any await.
  const schedule = (at?: string) => {
    const consent = askReminderConsent();
    void c.submit(consent, at).then(done);
  };

  return (
    <View className='compose-page'>
      <View className='form-card composer'>
        <Field name='product' label={postsUi.composer.productLabel} hint={postsUi.composer.productHint}>
          <ScrollView className='product-choices' scrollX>
            <View className={`product-choice product-choice--none${c.productId === null ? ' product-choice--active' : ''}`} onClick={() => c.choose(null)}>
              <Text className='product-choice__title'>{postsUi.composer.noProduct}</Text>
            </View>
            {c.products.map((p) => (
              <View key={p.id} className={`product-choice${c.productId === p.id ? ' product-choice--active' : ''}`} onClick={() => c.choose(p)}>
                {p.images[0] ? <Image className='product-choice__cover' src={p.images[0]} mode='aspectFill' /> : <View className='product-choice__cover' />}
                <Text className='product-choice__title'>{p.title}</Text>
                <Text className='product-choice__price'>{p.stock > 0 ? formatPrice(p.priceFen) : postsUi.composer.soldOut}</Text>
              </View>
            ))}
          </ScrollView>
        </Field>

        <Field name='text' label={postsUi.composer.textLabel} aside={postsUi.composer.counter(charLength(c.text), 1000)} error={c.textError}>
          <GrowingTextarea className='post-text' value={c.text} placeholder={postsUi.composer.textPlaceholder} maxlength={1000} onInput={(e) => c.editText(e.detail.value)} />
        </Field>

        <Field name='images' label={postsUi.composer.imagesLabel} hint={postsUi.composer.imagesHint} aside={postsUi.composer.counter(c.images.items.length, c.images.max)}>
          <ImagePicker list={c.images} name='post-images' />
        </Field>

        <Field name='time' label={postsUi.composer.timeLabel} hint={postsUi.composer.timeHint}>
          <SlotPicker
            days={c.days}
            today={c.today}
            dayIndex={c.dayIndex}
            onDay={c.pickDay}
            slots={c.slots}
            time={c.time}
            onTime={c.pickTime}
            reason={c.reason}
            onMoveTo={c.moveTo}
            onCloseReason={c.closeReason}
            timeZone={c.timeZone}
            chosenText={c.chosenText}
          >
            {c.refusal ? <RefusalCard refusal={c.refusal} timeZone={c.timeZone} busy={c.submitting} onAccept={() => schedule(c.refusal?.nextAllowedAt ?? undefined)} /> : null}
          </SlotPicker>
        </Field>

        <View className={`notify-toggle${c.notifyFollowers ? ' notify-toggle--on' : ''}`} aria-checked={c.notifyFollowers} role='switch' onClick={() => c.setNotifyFollowers(!c.notifyFollowers)}>
          <View className='notify-toggle__text'>
            <Text className='notify-toggle__label'>{postsUi.composer.notifyLabel}</Text>
            <Text className='notify-toggle__hint'>{postsUi.composer.notifyHint}</Text>
          </View>
          <View className='notify-toggle__switch'>
            <View className='notify-toggle__knob' />
          </View>
        </View>
      </View>

      <View className='form-footer'>
        <FormMessage text={c.formError} />
        {/* while a refusal is shown its "改在 … 发" is the one action: no second red button competing with it */}
        {c.refusal ? null : <SubmitButton className='schedule-post' label={postsUi.composer.submit} busyLabel={postsUi.composer.submitting} busy={c.submitting} onClick={() => schedule()} />}
      </View>
    </View>
  );
}
