// Field names of the `drop` function (issue 17), as a seller's form and the backend's BAD_INPUT name them.

export const dropFieldText = {
  drop: '接龙',
  title: '接龙标题',
  intro: '接龙说明',
  items: '接龙商品',
  product: '商品',
  limitPerBuyer: '每人限购',
  closesAt: '截止时间',
  fulfilment: '取货方式',
  pickup: '自提点',
  pickupName: '自提点名称',
  pickupAddress: '自提点地址',
  pickupWindow: '取货时间',
  pickupIndex: '自提点',
  shop: '店铺',
  code: '取货码',
  showName: '显示名字',
};
