import { Text, View } from '@tarojs/components';
import { SELLER_TEMPLATES } from '../../../../types/messages-template-names';
import { notificationsUi } from '../../../../types/zh-CN/notifications-ui';
import { toast } from '../../../utils/feedback';
import { askConsent } from '../../notifications';
import { remember } from '../first-run';

const T = notificationsUi.seller;

/**
 * "接收新订单提醒" in the console: the seller's own tap asks WeChat for the seller's templates (new order,
 * after-sale request, cancellation), one message each. Without consent nothing is sent and the console
 * still shows every order; the card says so. An acceptance is remembered on this phone for the first-run checklist.
 */
export function SellerNoticeCard({ shopId }: { shopId?: string }) {
  const ask = () => {
    // requestSubscribeMessage first, synchronously inside the tap (Taro #5065)
    const answered = askConsent(SELLER_TEMPLATES);
    void answered.then((answers) => {
      if (!answers) toast(T.browser);
      else {
        const n = answers.filter((a) => a.accepted).length;
        // the first-run checklist's 订单提醒 step reads this
        if (n > 0 && shopId) remember('notices', shopId);
        toast(n > 0 ? T.accepted(n) : T.declined);
      }
    });
  };
  return (
    <View className='console-card seller-notices'>
      <Text className='console-card__title'>{T.title}</Text>
      <Text className='console-card__text'>{T.hint}</Text>
      <View className='console-link seller-notices__ask' hoverClass='console-link--pressed' onClick={ask}>
        {T.button}
      </View>
    </View>
  );
}
