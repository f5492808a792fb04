import { Text, View } from '@tarojs/components';
import { SUPPLIER_TEMPLATES } from '../../../../types/messages-template-names';
import { supplierNoticeUi as T } from '../../../../types/zh-CN/supplier-notice';
import { toast } from '../../../utils/feedback';
import { askOneConsent } from '../../notifications';
import './supplier-notice-card.scss';

/**
 * "新订单提醒我" on the supplier's 待发货: the supplier's own tap asks WeChat for one 待发货提醒 (one acceptance =
 * one message, https://developers.weixin.qq.com/miniprogram/dev/framework/open-ability/subscribe-message.html),
 * sent when a friend's order of its products is paid. Without it nothing is sent and this page still lists
 * every order to ship; the card says so.
 */
export function SupplierNoticeCard() {
  const ask = () => {
    // requestSubscribeMessage first, synchronously inside the tap: WeChat shows the prompt only as a tap's direct
    // result (https://developers.weixin.qq.com/miniprogram/dev/api/open-api/subscribe-message/wx.requestSubscribeMessage.html)
    const answered = askOneConsent(SUPPLIER_TEMPLATES[0]);
    void answered.then((accepted) => toast(accepted === null ? T.browser : accepted ? T.accepted : T.declined));
  };
  return (
    <View className='supplier-notice'>
      <Text className='supplier-notice__title'>{T.title}</Text>
      <Text className='supplier-notice__text'>{T.hint}</Text>
      <View className='supplier-notice__ask' hoverClass='supplier-notice__ask--pressed' onClick={ask}>
        {T.button}
      </View>
    </View>
  );
}
