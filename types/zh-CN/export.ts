import type { PaymentMethod, PaymentStatus } from '../order';

/** Texts of the seller's CSV export once it is a file (src/features/crm/export-csv.ts, ExportPanel). */
export const exportText = {
  ready: (filename: string, rows: number) => `${filename}（${rows} 行）已生成，一小时内有效。`,
  shareHint: '发送到聊天（如“文件传输助手”）后，可在电脑上用表格软件打开。',
  share: '发送到聊天',
  downloadAgain: '重新下载',
  downloadFailed: '文件没有下载成功，请重新导出',
  /** the orders export's 付款方式 / 付款状态 columns, as the seller says them */
  paymentMethod: { wechat: '微信支付', transfer: '转账' } satisfies Record<PaymentMethod, string>,
  paymentStatus: { requested: '未付款', awaiting_confirmation: '待确认收款', paid: '已收款', rejected: '未查到转账' } satisfies Record<PaymentStatus, string>,
  /** the panel: Excel first, since sellers open the file in Excel or WPS */
  hint: '你的数据属于你：Excel 表格里电话、单号都保持原样；CSV 可用任何表格软件打开。',
  button: { customers: { xlsx: '导出顾客 Excel', csv: '导出顾客 CSV' }, orders: { xlsx: '导出订单 Excel', csv: '导出订单 CSV' } },
  /** the .xlsx's sheet names */
  sheet: { customers: '顾客', orders: '订单', drop: '接龙备货' },
};
