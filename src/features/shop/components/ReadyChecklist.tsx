import { useEffect, useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { Shop } from '../../../../types/shop';
import { afterSalesUi } from '../../../../types/zh-CN/after-sales-ui';
import { openPage } from '../../../utils/navigation';
import { fetchShop } from '../api';
import { acceptsOrders } from '../payable';
import './ReadyChecklist.scss';

const C = afterSalesUi.checklist;
export type ReadyStep = 'product' | 'payment' | 'share';

/**
 * Sharing happens in WeChat, out of our sight: the step counts as done once the seller went to share from here,
 * remembered on this phone (wx.setStorageSync throws when storage is full:
 * https://developers.weixin.qq.com/miniprogram/dev/api/storage/wx.setStorageSync.html).
 */
const sharedKey = (shopId: string) => `shuren:shopShared:${shopId}`;
function wasShared(shopId: string): boolean {
  try {
    return Taro.getStorageSync(sharedKey(shopId)) === true;
  } catch {
    return false;
  }
}

/** What is still missing before friends can buy, in the order a new seller does it. */
export function missingSteps(productCount: number, shop: Pick<Shop, 'payment'>, shared: boolean): ReadyStep[] {
  const steps: ReadyStep[] = [];
  if (productCount === 0) steps.push('product');
  if (!acceptsOrders(shop.payment)) steps.push('payment');
  if (!shared) steps.push('share');
  return steps;
}

/**
 * The console after 开店: each missing step with a tap to where it is done (上架商品, 收款方式, the shop page to
 * share). Gone once nothing is missing; nothing shown while the shop's products are unknown.
 */
export function ReadyChecklist({ shop, paths }: { shop: Shop; paths: Record<ReadyStep, string> }) {
  const [count, setCount] = useState<number | null>(null);
  const [shared, setShared] = useState(() => wasShared(shop.id));
  useEffect(() => {
    let live = true;
    Promise.resolve()
      .then(() => fetchShop(shop.id))
      .then((data) => live && setCount(data.products.filter((p) => p.status === 'active').length))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [shop.id]);
  if (count === null) return null;
  const missing = missingSteps(count, shop, shared);
  if (missing.length === 0) return null;
  const open = (step: ReadyStep) => {
    if (step === 'share') {
      try {
        Taro.setStorageSync(sharedKey(shop.id), true);
      } catch {
        // remembered for this visit only
      }
      setShared(true);
    }
    openPage(paths[step]);
  };
  return (
    <View className='console-card ready-checklist'>
      <Text className='console-card__title'>{C.heading}</Text>
      {(['product', 'payment', 'share'] as const).map((step) => {
        const done = !missing.includes(step);
        return (
          <View key={step} className={`ready-step ready-step-${step}${done ? ' ready-step--done' : ''}`} hoverClass='ready-step--pressed' onClick={() => !done && open(step)}>
            <Text className='ready-step__label'>{C[step]}</Text>
            <Text className='ready-step__state'>{done ? C.done : `${C.todo} ›`}</Text>
          </View>
        );
      })}
    </View>
  );
}
