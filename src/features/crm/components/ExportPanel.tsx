import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { crmUi } from '../../../../types/zh-CN/crm-ui';
import { exportText } from '../../../../types/zh-CN/export';
import { toApiError } from '../../../api';
import { showError } from '../../../utils/feedback';
import { crmApi } from '../api';
import { downloadCsv, saveExportInWeChat, shareExportInWeChat, type SavedExport } from '../exportCsv';
import './crm.scss';

type Kind = 'customers' | 'orders';

/**
 * "导出顾客 CSV" / "导出订单 CSV": `export.csv` stores the file and answers its link; the browser downloads it,
 * WeChat downloads it onto the phone and offers "发送到聊天" — a second tap, since WeChat sends files to a chat
 * only inside one.
 */
export function ExportPanel() {
  const [busy, setBusy] = useState<Kind | null>(null);
  const [saved, setSaved] = useState<SavedExport | null>(null);
  const run = async (kind: Kind) => {
    if (busy) return;
    setBusy(kind);
    setSaved(null);
    try {
      const file = await crmApi.exportCsv(kind);
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
      <Text className='crm-card__hint'>{crmUi.exportCsv.hint}</Text>
      <View className='export-panel__buttons'>
        <View className='crm-button export-customers' hoverClass='crm-button--pressed' onClick={() => void run('customers')}>
          {busy === 'customers' ? crmUi.exportCsv.exporting : crmUi.exportCsv.customers}
        </View>
        <View className='crm-button export-orders' hoverClass='crm-button--pressed' onClick={() => void run('orders')}>
          {busy === 'orders' ? crmUi.exportCsv.exporting : crmUi.exportCsv.orders}
        </View>
      </View>
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
