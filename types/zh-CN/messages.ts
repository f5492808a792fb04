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
