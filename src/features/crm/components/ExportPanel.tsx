import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { crmUi } from '../../../../types/zh-CN/crm-ui';
import { toApiError } from '../../../api';
import { showError } from '../../../utils/feedback';
import { crmApi } from '../api';
import { saveCsv } from '../exportCsv';
import './crm.scss';

type Kind = 'customers' | 'orders';

/** "导出顾客 CSV" / "导出订单 CSV": `export.csv`, then a download (browser) or a file to send to a chat (WeChat). */
export function ExportPanel() {
  const [busy, setBusy] = useState<Kind | null>(null);
  const run = async (kind: Kind) => {
    if (busy) return;
    setBusy(kind);
    try {
      await saveCsv(await crmApi.exportCsv(kind));
    } catch (err) {
      showError(toApiError(err).message, crmUi.exportCsv.failed);
    } finally {
      setBusy(null);
    }
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
    </View>
  );
}
