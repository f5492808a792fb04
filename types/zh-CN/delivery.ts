import { DELIVERY_COMPANIES } from '../delivery';

const NAMES = DELIVERY_COMPANIES.map((c) => c.name).join('、');

/** The carrier picker, WeChat's shipping sync as the seller sees it, and WeChat's confirm-receipt component. */
export const deliveryText = {
  unknownCarrier: `快递公司请从这些里选：${NAMES}；都不是就选「其他」并填写名称`,
  carrierLabel: '快递公司',
  other: '其他',
  otherNameLabel: '快递公司名称',
  otherNamePlaceholder: '比如：极兔速递',
  otherHint: '「其他」快递不能自动同步到微信，发货后请到微信公众平台「发货信息管理」录入，买家的货款才会结算。',
  pickCarrier: '请选择快递公司',
  sync: {
    notSynced: '未同步到微信',
    pending: '正在把发货信息同步到微信，同步后买家的货款才会结算。',
    failed: (error: string) => `微信没有接收：${error}。会自动重试；一直不成功的话，请到微信公众平台「发货信息管理」手动录入。`,
    manual: '这个快递公司不能自动同步，请到微信公众平台「发货信息管理」手动录入，买家的货款才会结算。',
  },
  confirm: {
    /** WeChat's component reported a failure; our own confirmation follows */
    wechatFailed: '微信确认收货没有完成，改在小店里确认',
  },
};

/** Why a shipping upload to WeChat stopped, as the seller reads it under 「未同步到微信」. */
export const shippingUploadText = {
  networkError: '网络错误',
  wechatError: '微信返回错误',
  /** WeChat's words (or wechatError) and its error code */
  withCode: (words: string, errCode: number) => `${words}（${errCode}）`,
  nothingToUpload: '没有可上传的发货信息，请到微信公众平台「发货信息管理」手动录入',
  refunded: '支付单已退款，不需要发货信息',
};
