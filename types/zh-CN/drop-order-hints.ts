// A drop's pickup or delivery order (issue 17) is handed over, never posted: the words its order page shows where a
// shop order speaks of 发货 (ordersUi.status, ordersUi.pay). The paid line lives in dropJoinText.paidHint.
import type { OrderStatus } from '../order';

type HandedOver = 'pickup' | 'delivery';

export const dropOrderText = {
  /** the status title where the shop order's says 待发货 */
  title: { paid: { pickup: '待到货', delivery: '待送货' } } satisfies Partial<Record<OrderStatus, Record<HandedOver, string>>>,
  buyerHint: {
    pickup: {
      pending_payment: '店主收到钱后，到货了会通知你来取。',
      awaiting_confirmation: '你已转账，店主核对到账后，到货了会通知你来取。想取消的话，等钱到账后再申请退款。',
      cancelled: '这个订单已取消，不用再来取了。',
    },
    delivery: {
      pending_payment: '店主收到钱后会送货上门。',
      awaiting_confirmation: '你已转账，店主核对到账后会送货上门。想取消的话，等钱到账后再申请退款。',
      cancelled: '这个订单已取消，店主不会再送来了。',
    },
  } satisfies Record<HandedOver, Partial<Record<OrderStatus, string>>>,
  sellerHint: {
    pickup: { cancelled: '这个订单已取消，不用再为它备货了。' },
    delivery: { cancelled: '这个订单已取消，不用再送了。' },
  } satisfies Record<HandedOver, Partial<Record<OrderStatus, string>>>,
  /** the order's receiver card on a pickup order: the one who comes for it (delivery keeps 收货信息) */
  pickupPerson: '取货人',
  /** the payment panel's line under 转账付款 */
  transferExplain: {
    pickup: '按店主的说明转账后，点“我已转账”，店主确认收款后，到货了会通知你来取。',
    delivery: '按店主的说明转账后，点“我已转账”，店主确认收款后会送货上门。',
  } satisfies Record<HandedOver, string>,
};
