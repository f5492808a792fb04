// The carriers' names as WeChat's 运力 list (get_delivery_list's delivery_name) spells them, the short names on the
// seller's picker, and the names sellers also write for them; types/delivery.ts keys them by WeChat's delivery id.
// No imports: types/delivery.ts (in the app's main package) reads this, and ./delivery reads types/delivery.ts.

export const carrierNames = {
  SF: { name: '顺丰速运', short: '顺丰', aliases: ['顺丰', '顺丰快递', '顺丰速递', '顺丰物流', 'SF Express', 'SFExpress'] },
  ZTO: { name: '中通快递', short: '中通', aliases: ['中通', '中通速递'] },
  YTO: { name: '圆通速递', short: '圆通', aliases: ['圆通', '圆通快递'] },
  YD: { name: '韵达速递', short: '韵达', aliases: ['韵达', '韵达快递', 'YUNDA'] },
  STO: { name: '申通快递', short: '申通', aliases: ['申通', '申通速递'] },
  JD: { name: '京东快递', short: '京东', aliases: ['京东', '京东物流', 'JDL'] },
  EMS: { name: 'EMS', short: 'EMS', aliases: ['EMS快递', '邮政EMS', '中国邮政EMS', '中国邮政速递', '中国邮政速递物流'] },
  /** what sellers write for a carrier outside the list (OTHER_CARRIER) */
  other: ['其他', '其它'],
};

/** WeChat's names of its logistics_type codes (upload_shipping_info's 物流模式). */
export const logisticsTypeNames = {
  express: '实体物流',
  local: '同城配送',
  virtual: '虚拟商品',
  pickup: '用户自提',
} as const;
