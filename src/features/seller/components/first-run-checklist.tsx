import { useEffect, useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { Post } from '../../../../types/post';
import type { Product } from '../../../../types/product';
import type { Shop } from '../../../../types/shop';
import { SELLER_TEMPLATES } from '../../../../types/messages-template-names';
import { firstRunUi } from '../../../../types/zh-CN/first-run';
import { notificationsUi } from '../../../../types/zh-CN/notifications-ui';
import { confirmAction, toast } from '../../../utils/feedback';
import { openPage } from '../../../utils/navigation';
import { askConsent } from '../../notifications';
import { postApi } from '../../posts';
import { fetchShop } from '../../shop';
import { firstRunSteps, remember, remembered, type FirstRunStepState } from '../first-run';
import './first-run-checklist.scss';

const F = firstRunUi;

interface Props {
  shop: Shop;
  /** friends already follow the shop or ordered from it: it has been shared */
  sharedElsewhere: boolean;
  /** where each step is done (the notices step is WeChat's own prompt, asked in the tap) */
  pathOf: (step: FirstRunStepState) => string;
  /** bumped by the page when it shows again (back from the settings or the product form) */
  version: number;
}

/**
 * The console's first-run checklist: each step with its state from the shop's own data and a tap to where it is
 * done; done steps fold into one line. Gone for good (on this phone) once every step is done or the seller closes it;
 * nothing shown while the products and posts are still unknown.
 */
export function FirstRunChecklist({ shop, sharedElsewhere, pathOf, version }: Props) {
  const [closed, setClosed] = useState(() => remembered('closed', shop.id));
  const [shared, setShared] = useState(() => remembered('shared', shop.id));
  const [notices, setNotices] = useState(() => remembered('notices', shop.id));
  const [data, setData] = useState<{ products: Product[]; posts: Post[] } | null>(null);

  useEffect(() => {
    if (closed) return undefined;
    let live = true;
    // without the posts, the post step reads as not done yet rather than the whole list staying away
    Promise.all([fetchShop(shop.id), postApi.list().catch((): Post[] => [])])
      .then(([s, posts]) => live && setData({ products: s.products, posts }))
      .catch(() => undefined); // a checklist is a help, not a page: without its data it stays away
    return () => {
      live = false;
    };
  }, [shop.id, closed, version]);

  const steps = data ? firstRunSteps({ shop, products: data.products, posts: data.posts, shared: shared || sharedElsewhere, notices }) : null;
  const allDone = steps !== null && steps.every((s) => s.done);
  useEffect(() => {
    if (allDone) remember('closed', shop.id);
  }, [allDone, shop.id]);

  if (closed || steps === null || allDone) return null;

  const open = (s: FirstRunStepState) => {
    if (s.step === 'notices') {
      // WeChat shows its prompt only as the direct result of a tap, so it is asked first, before anything else.
      void askConsent(SELLER_TEMPLATES).then((answers) => {
        if (!answers) return toast(notificationsUi.seller.browser);
        const n = answers.filter((a) => a.accepted).length;
        if (n > 0) {
          remember('notices', shop.id);
          setNotices(true);
        }
        toast(n > 0 ? notificationsUi.seller.accepted(n) : notificationsUi.seller.declined);
      });
      return;
    }
    if (s.step === 'share') {
      remember('shared', shop.id);
      setShared(true);
    }
    openPage(pathOf(s));
  };

  const close = async () => {
    if (!(await confirmAction(F.dismissTitle, F.dismissText, F.dismissConfirm, F.keep))) return;
    remember('closed', shop.id);
    setClosed(true);
  };

  const done = steps.filter((s) => s.done);
  const todo = steps.filter((s) => !s.done);
  return (
    <View className='console-card first-run'>
      <View className='first-run__head'>
        <Text className='first-run__title'>{F.heading}</Text>
        <Text className='first-run__progress'>{F.progress(done.length, steps.length)}</Text>
      </View>
      {todo.map((s) => (
        <View key={s.step} className={`first-run-step first-run-step--${s.step}`} hoverClass='first-run-step--pressed' onClick={() => open(s)}>
          <View className='first-run-step__body'>
            <Text className='first-run-step__label'>{F.steps[s.step]}</Text>
            <Text className='first-run-step__why'>{s.missing ? F.missing[s.missing] : F.why[s.step]}</Text>
          </View>
          <Text className='first-run-step__go'>{F.go} ›</Text>
        </View>
      ))}
      {done.length > 0 ? <Text className='first-run__done'>✓ {F.doneList(done.map((s) => F.short[s.step]).join('、'))}</Text> : null}
      <Text className='first-run__dismiss' onClick={() => void close()}>
        {F.dismiss}
      </Text>
    </View>
  );
}
