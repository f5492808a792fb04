// The supplier console's 新订单提醒 (issue 16): asking WeChat for one 待发货提醒 per tap.

export const supplierNoticeUi = {
  title: '新订单提醒',
  hint: '点一下，微信会问你要不要接收：朋友付了款、要你发货时提醒一次。每次同意只能收到一条，收到后可以再点。',
  button: '新订单提醒我',
  accepted: '已开启，下一单付款后微信会提醒你',
  declined: '没有开启提醒，待发货的订单在这里随时可看',
  browser: '在微信小程序里才能订阅提醒；待发货的订单在这里随时可看',
};
