export const crmText = {
  customerNotFound: '没有找到这位顾客。',
  followUpNotFound: '没有找到这条回访。',
  /** the chat-ready follow-up the seller copies and sends themselves */
  followUp: (name: string, titles: string[]) =>
    `${name}你好呀！前阵子的${titles.join('、')}收到一段时间了，用着还满意吗？有什么想法都可以直接跟我说～`,
  unknownName: '朋友',
  csv: {
    customers: ['顾客', '订单数', '消费金额（元）', '最近下单', '售后次数', '标签', '备注'],
    orders: ['订单号', '下单时间', '状态', '收货人', '电话', '地址', '商品', '金额（元）', '付款方式', '付款状态', '转账备注码', '微信支付单号', '微信支付商户号', '快递公司', '快递单号', '备注'],
  },
};
