import { Text, View } from '@tarojs/components';
import type { SalesSummary } from '../../../../types/crm';
import { crmUi } from '../../../../types/zh-CN/crm-ui';
import { formatPrice } from '../../../utils/price';
import { barsOf } from '../chart';
import type { Resource } from '../../../hooks/use-resource';
import { ResourceView, SectionCard } from './section';
import './sales-section.scss';

/** Daily revenue as plain bars: each bar's height is its share of the best day. */
export function DailyChart({ daily }: { daily: SalesSummary['daily'] }) {
  const bars = barsOf(daily);
  const any = bars.some((b) => b.revenueFen > 0);
  return (
    <View className='daily-chart'>
      <Text className='daily-chart__title'>{crmUi.sales.chart}</Text>
      <View className='daily-chart__plot'>
        {bars.map((b) => (
          <View key={b.date} className='daily-chart__slot' data-date={b.date} data-revenue={b.revenueFen}>
            <View className={`daily-bar${b.revenueFen > 0 ? ' daily-bar--some' : ''}`} style={{ height: `${b.heightPct}%` }} />
          </View>
        ))}
      </View>
      {bars.length > 0 ? (
        <View className='daily-chart__axis'>
          <Text>{crmUi.sales.dayLabel(bars[0].date)}</Text>
          <Text>{crmUi.sales.dayLabel(bars[bars.length - 1].date)}</Text>
        </View>
      ) : null}
      {!any ? <Text className='daily-chart__empty'>{crmUi.sales.chartEmpty}</Text> : null}
    </View>
  );
}

function Figure({ name, label, value }: { name: string; label: string; value: string }) {
  return (
    <View className={`sales-figure sales-figure--${name}`}>
      <Text className='sales-figure__value'>{value}</Text>
      <Text className='sales-figure__label'>{label}</Text>
    </View>
  );
}

/** 近 30 天: revenue, orders, buyers, repeat-buyer rate, the daily chart and the best products — all as the API answered. */
export function SalesSection({ sales, onRetry }: { sales: Resource<SalesSummary>; onRetry: () => void }) {
  return (
    <SectionCard name='sales-section' title={crmUi.sales.heading(sales.status === 'ready' ? sales.data.days : 30)}>
      <ResourceView resource={sales} onRetry={onRetry}>
        {(s) => (
          <View>
            <View className='sales-figures'>
              <Figure name='revenue' label={crmUi.sales.revenue} value={formatPrice(s.revenueFen)} />
              <Figure name='orders' label={crmUi.sales.orders} value={String(s.orders)} />
              <Figure name='buyers' label={crmUi.sales.buyers} value={String(s.buyers)} />
              <Figure name='repeat' label={crmUi.sales.repeatRate} value={crmUi.sales.percent(s.repeatBuyerRate)} />
            </View>
            <DailyChart daily={s.daily} />
            <Text className='best-products__title'>{crmUi.sales.best}</Text>
            {s.bestProducts.length === 0 ? <Text className='best-products__empty'>{crmUi.sales.noBest}</Text> : null}
            {s.bestProducts.map((p, i) => (
              <View key={p.productId} className='best-product'>
                <Text className='best-product__rank'>{i + 1}</Text>
                <Text className='best-product__title'>{p.title}</Text>
                <Text className='best-product__figures'>{crmUi.sales.bestLine(p.qty, formatPrice(p.revenueFen))}</Text>
              </View>
            ))}
          </View>
        )}
      </ResourceView>
    </SectionCard>
  );
}

/** Followers who opted in to the shop, and how many of them muted it. */
export function FollowersSection({ followers, onRetry }: { followers: Resource<{ following: number; muted: number }>; onRetry: () => void }) {
  return (
    <SectionCard name='followers-section' title={crmUi.followers.heading}>
      <ResourceView resource={followers} onRetry={onRetry}>
        {(f) => <Text className='followers-counts'>{crmUi.followers.counts(f.following, f.muted)}</Text>}
      </ResourceView>
      <Text className='crm-card__hint'>{crmUi.followers.hint}</Text>
    </SectionCard>
  );
}
