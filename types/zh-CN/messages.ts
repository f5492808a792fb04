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
