// The titles and keyword labels of the subscription message templates as registered in the WeChat admin
// (公共模板库): types/messages-templates.ts keys them by template and keyword name; they must match the admin's 详情.
export const templateText = {
  post_reminder: { title: '待办事项提醒', thing1: '事项名称', time2: '提醒时间', thing3: '备注' },
  shop_update: { title: '店铺上新通知', thing1: '店铺名称', thing2: '上新内容', time3: '发布时间' },
  new_order: { title: '新订单通知', character_string1: '订单编号', thing2: '商品名称', amount3: '订单金额', phrase4: '订单状态', time5: '下单时间' },
  after_sale_request: { title: '售后申请通知', character_string1: '订单编号', thing2: '商品名称', phrase3: '售后类型', thing4: '申请原因', time5: '申请时间' },
  order_cancelled: { title: '订单取消通知', character_string1: '订单编号', thing2: '商品名称', amount3: '订单金额', thing4: '取消原因', time5: '取消时间' },
  order_status: { title: '订单状态通知', character_string1: '订单编号', thing2: '商品名称', phrase3: '订单状态', amount4: '订单金额', thing5: '温馨提示' },
  order_shipped: { title: '订单发货通知', character_string1: '订单编号', thing2: '商品名称', thing3: '快递公司', character_string4: '快递单号', time5: '发货时间' },
  after_sale_result: { title: '售后结果通知', character_string1: '订单编号', phrase2: '处理结果', amount3: '退款金额', thing4: '备注', time5: '处理时间' },
  /** to a supplier (issue 16): a friend's order of its product is paid and is its to ship */
  supply_order: { title: '待发货提醒', character_string1: '订单编号', thing2: '商品名称', thing3: '下单店铺', time4: '发货截止时间', thing5: '温馨提示' },
} as const;

/**
 * The Chinese in WeChat's value rules of subscription message keywords (types/messages-format.ts): the rules as
 * the sendMessage page states them (for errors and the README), the date words of time/date values, the yuan an
 * amount may end with, and what an empty value is sent as.
 */
export const keywordText = {
  rule: {
    thing: '20 个以内字符',
    number: '32 位以内数字，可带小数',
    letter: '32 位以内字母',
    symbol: '5 位以内符号',
    character_string: '32 位以内数字、字母或符号',
    time: '24 小时制时间，可带年月日（15:01 或 2019年10月1日 15:01），时间段用 ~ 连接',
    date: '年月日（2019年10月1日），可带 24 小时制时间，时间段用 ~ 连接',
    amount: '1 个币种符号 + 10 位以内纯数字，可带小数，结尾可带“元”',
    phone_number: '17 位以内数字、符号',
    name: '10 个以内纯汉字或 20 个以内纯字母或符号；中文和字母混合按中文名算，10 个字以内',
    phrase: '5 个以内纯汉字',
  },
  /** 2019年10月1日 */
  year: '年',
  month: '月',
  day: '日',
  yuan: '元',
  /** sent for an empty value, which WeChat refuses */
  empty: {
    thing: '无',
    date: '1970年1月1日',
    name: '匿名',
    phrase: '有更新',
  },
};

/**
 * What each subscription message says (types/messages.ts fills the templates with these): the 订单状态 phrases
 * (WeChat's phrase rule: ≤ 5 汉字) and the hints and notes (thing: ≤ 20 characters, longer ones are cut).
 */
export const messageText = {
  afterSaleType: { refund: '仅退款', return: '退货退款' },
  postReminder: '到点了，点开复制文案去发朋友圈',
  /** the supplier's 待发货提醒: where the address is (the message itself carries no buyer) */
  supplyOrderHint: '地址在供货后台，请按时发货',
  phrase: {
    unpaid: '待付款',
    toShip: '待发货',
    toConfirmPayment: '待确认收款',
    cancelled: '已取消',
    afterSale: '售后处理中',
    afterSaleClosed: '售后关闭',
    completed: '已完成',
    approved: '已同意',
    rejected: '已拒绝',
    returnApproved: '同意退货',
    refundSent: '已转回',
  },
  hint: {
    paid: '店主已确认收款，正在备货',
    paymentRejected: '店主未收到转账，请核对后重新付款',
    cancelledByBuyer: '买家取消了订单',
    cancelled: '订单已取消',
    cancelledUnpaid: '超时未付款，订单已自动取消',
    cancelledRefunded: '店主取消了订单，货款原路退回',
    cancelledBySeller: '店主取消了订单',
    refundComing: '货款将原路退回',
    afterSaleRejected: '店主未同意，可联系店主',
    afterSaleOverdue: (reason: string) => `已超时未处理：${reason}`,
    afterSaleOverdueBuyer: '店主超时未答复，可在订单里联系店主',
    returnBy: (days: number) => `请在${days}天内寄回并填写单号`,
    returnShipped: (carrier: string, trackingNo: string) => `买家已寄回：${carrier} ${trackingNo}`,
    /** a drop's pickup or delivery order: the goods go back by hand, not by courier */
    returnInPersonBy: (days: number) => `请在${days}天内与店主约定当面退回`,
    returnHandedBack: '买家说已当面退回，请确认',
    returnClosed: (days: number) => `退货未在${days}天内退回，售后已关闭`,
    completed: '订单已完成，欢迎写下评价',
    refundSent: '店主已把钱转回给你，请查收',
  },
};
