import { Text, View } from '@tarojs/components';
import type { Customer } from '../../../../types/crm';
import { crmUi } from '../../../../types/zh-CN/crm-ui';
import { formatPrice } from '../../../utils/price';
import { formatDate } from '../format';
import './tag-chips.scss';
import './customer-row.scss';

export function TagChips({ tags }: { tags: readonly string[] }) {
  if (tags.length === 0) return null;
  return (
    <View className='tag-chips'>
      {tags.map((t) => (
        <Text key={t} className='tag-chip'>
          {t}
        </Text>
      ))}
    </View>
  );
}

/** One customer in the list: name, orders, total, last order, after-sales, tags. */
export function CustomerRow({ customer, onOpen }: { customer: Customer; onOpen: (c: Customer) => void }) {
  return (
    <View className='customer-row' hoverClass='customer-row--pressed' onClick={() => onOpen(customer)}>
      <View className='customer-row__head'>
        <Text className='customer-row__name customer-name'>{customer.name}</Text>
        <Text className='customer-row__total'>{crmUi.customers.total(formatPrice(customer.totalFen))}</Text>
      </View>
      <View className='customer-row__meta'>
        <Text className='customer-orders'>{crmUi.customers.orders(customer.orders)}</Text>
        <Text className='customer-last-order'>{crmUi.customers.lastOrder(formatDate(customer.lastOrderAt))}</Text>
        {customer.afterSales > 0 ? <Text className='customer-after-sales'>{crmUi.customers.afterSales(customer.afterSales)}</Text> : null}
      </View>
      {customer.note ? <Text className='customer-row__note customer-note'>{customer.note}</Text> : null}
      <TagChips tags={customer.tags} />
    </View>
  );
}
