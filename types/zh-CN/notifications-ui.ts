/** Texts of the subscription-message prompts (接收提醒). */
export const notificationsUi = {
  seller: {
    title: '订单提醒',
    hint: '点一下，微信会问你要不要接收：新订单、售后申请、订单取消各提醒一次。每次同意只能收到一条，收到后可以再点。',
    button: '接收新订单提醒',
    accepted: (n: number) => `已开启 ${n} 项提醒`,
    declined: '没有开启提醒，订单在这里随时可看',
    browser: '在微信小程序里才能订阅提醒；订单在这里随时可看',
  },
} as const;
