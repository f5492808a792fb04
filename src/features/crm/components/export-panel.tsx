import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { crmUi } from '../../../../types/zh-CN/crm-ui';
import type { ExportFormat } from '../../../../types/crm-schemas';
import { exportText } from '../../../../types/zh-CN/export';
import { toApiError } from '../../../api';
import { showError } from '../../../utils/feedback';
import { crmApi } from '../api';
import { downloadCsv, saveExportInWeChat, shareExportInWeChat, type SavedExport } from '../export-csv';
import './section.scss';
import './crm-button.scss';
import './export-panel.scss';

type Kind = 'customers' | 'orders';
type Job = `${Kind}-${ExportFormat}`;

/**
 * "导出顾客/订单 Excel" and "导出顾客/订单 CSV": `export.csv` (with `format`) stores the file and answers its link; the browser downloads it,
 * WeChat downloads it onto the phone and offers "发送到聊天" — a second tap, since WeChat sends files to a chat
 * only inside one.
 */
export function ExportPanel() {
  const [busy, setBusy] = useState<Job | null>(null);
  const [saved, setSaved] = useState<SavedExport | null>(null);
  const run = async (kind: Kind, format: ExportFormat) => {
    if (busy) return;
    setBusy(`${kind}-${format}`);
    setSaved(null);
    try {
      const file = await crmApi.exportCsv(kind, format);
      if (process.env.TARO_ENV === 'weapp') setSaved(await saveExportInWeChat(file));
      else downloadCsv(file);
    } catch (err) {
      showError(toApiError(err).message, crmUi.exportCsv.failed);
    } finally {
      setBusy(null);
    }
  };
  const share = () => {
    if (!saved) return;
    // called synchronously in the tap; the user closing the chat picker is not an error worth showing
    shareExportInWeChat(saved).catch(() => undefined);
  };
  return (
    <View className='crm-card export-panel'>
      <Text className='crm-card__title'>{crmUi.exportCsv.heading}</Text>
      <Text className='crm-card__hint'>{exportText.hint}</Text>
      {(['xlsx', 'csv'] as const).map((format) => (
        <View key={format} className={`export-panel__buttons export-panel__buttons--${format}`}>
          {(['customers', 'orders'] as const).map((kind) => (
            <View
              key={kind}
              // .export-customers / .export-orders stay the CSV buttons' names (e2e and older tests know them)
              className={`crm-button export-${kind}${format === 'xlsx' ? '-xlsx' : ''}`}
              hoverClass='crm-button--pressed'
              onClick={() => void run(kind, format)}
            >
              {busy === `${kind}-${format}` ? crmUi.exportCsv.exporting : exportText.button[kind][format]}
            </View>
          ))}
        </View>
      ))}
      {saved && (
        <View className='export-panel__ready'>
          <Text className='crm-card__hint export-ready'>{exportText.ready(saved.fileName, saved.rows)}</Text>
          <Text className='crm-card__hint'>{exportText.shareHint}</Text>
          <View className='crm-button export-share' hoverClass='crm-button--pressed' onClick={share}>
            {exportText.share}
          </View>
        </View>
      )}
    </View>
  );
}
