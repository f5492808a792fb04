/** Texts of the seller's CSV export once it is a file (src/features/crm/exportCsv.ts, ExportPanel). */
export const exportText = {
  ready: (filename: string, rows: number) => `${filename}（${rows} 行）已生成，一小时内有效。`,
  shareHint: '发送到聊天（如“文件传输助手”）后，可在电脑上用表格软件打开。',
  share: '发送到聊天',
  downloadAgain: '重新下载',
  downloadFailed: '文件没有下载成功，请重新导出',
};
