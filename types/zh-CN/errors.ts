import type { ErrorCode } from '../errors';
import { orderText } from './orders';

/** The default zh-CN sentence for each error code; actions may give a more precise one. */
export const errorText: Record<ErrorCode, string> = {
  BAD_INPUT: '填写的内容有误，请检查后再试。',
  UNAUTHENTICATED: '请先登录微信身份。',
  FORBIDDEN: '你没有权限进行这个操作。',
  NOT_FOUND: '没有找到相关内容，可能已被删除。',
  CONFLICT: '当前状态下不能进行这个操作。',
  OUT_OF_STOCK: '库存不足。',
  SHOP_FULL: '店铺在售商品已达上限。',
  POSTING_LIMIT: '这个时间不能发朋友圈。',
  TOO_LARGE: '内容太长或太大了。',
  CONTENT_REJECTED: '这段文字没有通过微信的内容安全检查，请修改后再试。',
  INTERNAL: '服务器开小差了，请稍后再试。',
};

/** Field names as a seller or buyer knows them, for messages such as “店铺名称不能为空”. */
export const fieldText: Record<string, string> = {
  action: '操作',
  name: '店铺名称',
  intro: '店铺介绍',
  avatarUrl: '头像',
  shopId: '店铺',
  policy: '发圈规则',
  'policy.dailyMax': '每天最多发圈数',
  'policy.weeklyMax': '每 7 天最多发圈数',
  'policy.minGapMinutes': '两条之间最短间隔',
  'policy.quietStart': '免打扰开始时间',
  'policy.quietEnd': '免打扰结束时间',
  'policy.productRepeatDays': '同一商品再次发圈间隔',
  'policy.timeZone': '时区',
  body: '请求内容',
};

export const validationText = {
  required: (field: string) => `${field}不能为空`,
  tooLong: (field: string, max: number) => `${field}最多 ${max} 个字`,
  tooShort: (field: string, min: number) => `${field}至少 ${min} 个字`,
  tooMany: (field: string, max: number) => `${field}最多 ${max} 项`,
  range: (field: string, min: number, max: number) => `${field}须在 ${min} 到 ${max} 之间`,
  integer: (field: string) => `${field}须为整数`,
  invalid: (field: string) => `${field}格式不正确`,
  url: (field: string) => `${field}须为图片地址`,
  time: (field: string) => `${field}须为 HH:MM 格式的时间`,
  timeZone: (field: string) => `${field}不是有效的时区`,
  quietCover: '免打扰时段必须覆盖 00:00–06:00',
  isoTime: (field: string) => `${field}须为带时区的 ISO 8601 时间`,
  noSuchTime: (field: string) => `${field}不是一个存在的日期或时刻`,
  timeOutOfRange: (field: string) => `${field}须在公元 0001 年到 9999 年之间`,
  notJson: '请求须为 JSON（Content-Type: application/json）',
  badMultipart: '上传内容不是有效的表单（multipart/form-data）',
  unknownAction: (action: string) => `不支持的操作：${action}`,
  malformedJson: '请求内容不是有效的 JSON',
  bodyTooLarge: '请求内容超过 1 MB',
  notAnObject: '请求内容须为 JSON 对象',
};

export const domainText = {
  ...orderText,
  shopExists: '你已经开过店了，一个微信只能开一家店。',
  shopNotFound: '没有找到这家店铺。',
  noShopYet: '你还没有开店。',
  notShopOwner: '只有店主可以修改店铺。',
  functionNotFound: (name: string) => `没有这个云函数：${name}`,
  productNotFound: '没有找到这件商品。',
  notProductOwner: '只有店主可以修改自己的商品。',
  openShopFirst: '开店之后才能上架商品。',
  shopFull: (cap: number) => `店里在售商品已经有 ${cap} 件了，先下架一件再上新吧。`,
  alreadyArchived: '这件商品已经下架了。',
  notArchived: '这件商品正在出售，不需要恢复。',
  cannotMove: '已经到头了，不能再移动。',
  notAnImage: '只能上传 JPEG、PNG 或 WebP 图片。',
  imageTooLarge: '图片不能超过 5 MB。',
  noFile: '请选择要上传的图片。',
  postNotFound: '没有找到这条发圈计划。',
  postNotScheduled: '这条朋友圈已经发出或取消了。',
  onlyActiveMoves: '只有在售商品可以调整顺序。',
};
