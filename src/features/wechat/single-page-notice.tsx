import { Text, View } from '@tarojs/components';
import { wechatUi } from '../../../types/zh-CN/wechat-ui';
import './single-page-notice.scss';

/**
 * In Moments' single-page mode the page can only be read: say how to do more (WeChat's own bottom
 * bar "前往小程序" opens this page in the full mini program) instead of buttons that fail.
 */
export function SinglePageNotice({ doing }: { doing: 'shop' | 'product' }) {
  return (
    <View className='single-page-notice'>
      <Text className='single-page-notice__title'>{wechatUi.singlePage.title}</Text>
      <Text className='single-page-notice__text'>{doing === 'product' ? wechatUi.singlePage.product : wechatUi.singlePage.shop}</Text>
    </View>
  );
}
