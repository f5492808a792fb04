import { orderFunction } from '../../core/orders';
import { cloudPayments } from '../cloudpay';
import { wxContentSecurity } from '../security';
import { createCloudMain } from '../entry';

// WeChat Pay for order.pay; content security for reviews and replies.
export const main = createCloudMain('order', orderFunction, { payments: cloudPayments, content: wxContentSecurity });
