import { Text, View } from '@tarojs/components';
import type { Review } from '../../../../types/product';
import { ui } from '../../../../types/zh-CN/ui';
import { reviewText } from '../../../../types/zh-CN/reviews';
import { formatReviewDate, stars } from '../format';

/**
 * Reviews from real buyers (the shop cannot delete them), newest first, with the seller's reply. Each says who
 * (masked: "李*", never the full name) and when they bought; one about a whole order of several products says so.
 */
export function ReviewList({ reviews }: { reviews: Review[] }) {
  return (
    <View className='detail-section review-section'>
      <Text className='detail-section__title'>{ui.product.reviewsHeading(reviews.length)}</Text>
      {reviews.length === 0 ? <Text className='review-empty'>{ui.product.noReviews}</Text> : null}
      {reviews.map((r) => (
        <View key={r.id} className='review'>
          <View className='review__head'>
            <Text className='review__stars' aria-label={ui.product.rating(r.rating)}>
              {stars(r.rating)}
            </Text>
            <Text className='review__date'>{formatReviewDate(r.createdAt)}</Text>
          </View>
          <View className='review__who'>
            <Text className='review__name'>{r.reviewerName}</Text>
            <Text className='review__bought'>{reviewText.purchasedOn(formatReviewDate(r.purchasedAt))}</Text>
          </View>
          {r.wholeOrder ? <Text className='review__scope'>{reviewText.aboutWholeOrder}</Text> : null}
          {r.text ? <Text className='review__text'>{r.text}</Text> : null}
          {r.reply ? (
            <View className='review__reply'>
              <Text className='review__reply-label'>{ui.product.sellerReply}</Text>
              <Text className='review__reply-text'>{r.reply}</Text>
            </View>
          ) : null}
        </View>
      ))}
    </View>
  );
}
