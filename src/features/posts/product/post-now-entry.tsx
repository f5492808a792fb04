import { Button, Text, View } from '@tarojs/components';
import { postNowUi } from '../../../../types/zh-CN/post-now';
import { wechatShareUi } from '../../../../types/zh-CN/wechat-share';
import { openPage } from '../../../utils/navigation';
import { openingTime } from './window';
import type { PostingWindow } from './use-posting-window';
import './post-now-entry.scss';

/** Share material page of the seller subpackage, for "发朋友圈" about one product. */
export const postNowPath = (productId: string) => `/seller/posts/share/index?productId=${encodeURIComponent(productId)}`;

/** "发朋友圈" for the shop's owner on the product page, and when Moments sharing opens again if the policy forbids it now. */
export function PostNowEntry({ posting, productId }: { posting: PostingWindow; productId: string }) {
  if (posting.status !== 'owner') return null;
  return (
    <View className='post-now'>
      {posting.closed ? (
        <Text className='post-now__closed'>{posting.opensAt ? postNowUi.opensAt(openingTime(posting.opensAt, posting.timeZone)) : postNowUi.noneWithin60Days}</Text>
      ) : null}
      <View className='post-now__button post-now-button' hoverClass='post-now__button--pressed' onClick={() => openPage(postNowPath(productId))}>
        {postNowUi.postNow}
      </View>
      {posting.shareMenu === 'none' ? (
        // The whole ··· menu is hidden (iOS): sending to a chat stays one tap away, through the page's
        // onShareAppMessage (https://developers.weixin.qq.com/miniprogram/dev/component/button.html, open-type="share").
        <Button className='post-now__send send-to-friend' openType='share'>
          {wechatShareUi.sendToFriend}
        </Button>
      ) : null}
    </View>
  );
}
