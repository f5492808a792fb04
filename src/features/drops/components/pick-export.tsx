import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { dropsUi } from '../../../../types/zh-CN/drops-ui';
import { exportText } from '../../../../types/zh-CN/export';
import { toApiError } from '../../../api';
import { showError } from '../../../utils/feedback';
import { downloadCsv, saveExportInWeChat, shareExportInWeChat, type SavedExport } from '../../crm';
import { dropsApi } from '../api';
import './pick-export.scss';

/**
 * 导出 CSV of the pick list, the way the customer export works: the backend stores the file and answers its
 * link; the browser downloads it, WeChat saves it on the phone and offers 发送到聊天 on a second tap (WeChat
 * sends a file to a chat only inside a tap).
 */
export function PickExport({ dropId }: { dropId: string }) {
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<SavedExport | null>(null);
  const run = async () => {
    if (busy) return;
    setBusy(true);
    setSaved(null);
    try {
      const file = await dropsApi.pickListCsv(dropId);
      if (process.env.TARO_ENV === 'weapp') setSaved(await saveExportInWeChat(file));
      else downloadCsv(file);
    } catch (err) {
      showError(toApiError(err).message, dropsUi.pick.exportFailed);
    } finally {
      setBusy(false);
    }
  };
  return (
    <View className='pick-export'>
      <View className='pick-export__button export-pick-list' hoverClass='pick-export__button--pressed' onClick={() => void run()}>
        {busy ? dropsUi.pick.exporting : dropsUi.pick.exportCsv}
      </View>
      {saved ? (
        <View className='pick-export__ready'>
          <Text className='pick-export__hint'>{exportText.ready(saved.fileName, saved.rows)}</Text>
          <View className='pick-export__button export-share' hoverClass='pick-export__button--pressed' onClick={() => void shareExportInWeChat(saved).catch(() => undefined)}>
            {exportText.share}
          </View>
        </View>
      ) : null}
    </View>
  );
}
