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
