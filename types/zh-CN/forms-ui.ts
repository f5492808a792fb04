/** Text of the forms that keep what the seller typed: tags saved as they change, one save for the settings page. */
export const formsUi = {
  tags: {
    saving: '保存中…',
    saved: '已保存',
    failed: '标签没有保存上',
    retry: '重试',
  },
  settings: {
    save: '保存设置',
    saving: '保存中…',
    saved: '设置已保存',
    nothingChanged: '没有改动，不用保存',
    shopSection: '店铺资料',
    subMchSaved: '已设置商户号，朋友可以用微信支付',
    subMchChange: '修改',
    subMchKeep: '不修改了',
    subMchNewPlaceholder: '输入新的商户号',
  },
  tooLong: (label: string, max: number) => `${label}不能超过 ${max} 个字`,
} as const;
