// zh-CN names of the contract's input fields: the schemas in types/*-schemas.ts (and catalog.ts, shop.ts) pass them to
// the validation builders, whose messages (validationText in ./errors) quote them, e.g. "请填写商品名称".

export const catalogFieldText = {
  title: '商品名称',
  priceFen: '价格（分）',
  stock: '库存',
  story: '商品故事',
  images: '商品图片',
  proofImages: '品质证明',
  product: '商品',
  direction: '移动方向',
};

export const supplyFieldText = {
  name: '供货商名称',
  intro: '供货商介绍',
  contact: '联系方式',
  title: '货品名称',
  story: '货品故事',
  images: '货品图片',
  proofImages: '品质证明',
  supplyPriceFen: '供货价（分）',
  minPriceFen: '最低售价（分）',
  maxPriceFen: '最高售价（分）',
  stock: '库存',
  shipWithinHours: '发货时限（小时）',
  supplyProduct: '货品',
  search: '搜索',
  cursor: '分页位置',
  priceFen: '售价（分）',
  sellerStory: '你的推荐语',
  status: '订单状态',
  shop: '店铺',
  amountFen: '收款金额（分）',
  note: '备注',
  idempotencyKey: '记账凭据',
};

export const crmFieldText = {
  search: '搜索',
  tag: '标签',
  cursor: '分页位置',
  customer: '顾客',
  note: '备注',
  followUp: '回访',
  snoozeDays: '推迟天数',
  days: '天数',
  exportKind: '导出内容',
  exportFormat: '导出格式',
};

export const postFieldText = {
  at: '发圈时间',
  text: '文案',
  product: '商品',
  images: '图片',
  notifyFollowers: '通知关注的朋友',
  post: '发圈计划',
  from: '开始时间',
  to: '结束时间',
  consent: '订阅结果',
  template: '模板',
};

export const consentFieldText = {
  template: '订阅模板',
  answer: '订阅结果',
};

export const orderFieldText = {
  phone: '手机号',
  consignee: '收货人',
  addressDetail: '详细地址',
  address: '收货地址',
  product: '商品',
  qty: '数量',
  shop: '店铺',
  note: '备注',
  idempotencyKey: '下单凭据',
  order: '订单',
  status: '订单状态',
  cursor: '分页位置',
  payMethod: '支付方式',
  carrier: '快递公司',
  carrierName: '快递公司名称',
  trackingNo: '快递单号',
  cancelReason: '取消原因',
  afterSaleType: '售后类型',
  afterSaleReason: '售后原因',
  refundAmount: '退款金额',
  afterSaleItems: '售后商品',
  afterSalePhotos: '售后照片',
  decision: '处理结果',
  decisionNote: '处理说明',
  rating: '评分',
  reviewText: '评价内容',
  reviewedProduct: '评价的商品',
  reply: '回复',
};

/** The posting policy's fields, as the seller's settings form names them. */
export const policyFieldText = {
  dailyMax: '每天最多发圈数',
  weeklyMax: '每 7 天最多发圈数',
  minGapMinutes: '两条之间最短间隔（分钟）',
  quietStart: '免打扰开始时间',
  quietEnd: '免打扰结束时间',
  productRepeatDays: '同一商品再次发圈间隔（天）',
  timeZone: '时区',
  policy: '发圈规则',
};

export const shopFieldText = {
  name: '店铺名称',
  intro: '店铺介绍',
  avatar: '头像',
  shop: '店铺',
  wechatSubMchId: '微信支付商户号',
  transferNote: '转账说明',
  transferQr: '收款码',
  payment: '收款设置',
  followUpDays: '回访间隔（天）',
};
