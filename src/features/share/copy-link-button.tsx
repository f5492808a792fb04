import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { ui } from '../../../types/zh-CN/ui';
import { toast } from '../../utils/feedback';
import './copy-link-button.scss';

export async function copyLink(url: string): Promise<void> {
  try {
    await Taro.setClipboardData({ data: url });
    toast(ui.share.copied);
  } catch {
    toast(ui.share.copyFailed);
  }
}

/**
 * "复制链接" in the browser build (in WeChat the share menu does this job, so nothing renders).
 * `link` is called on tap, so the page's origin is read only then.
 */
export function CopyLinkButton({ link }: { link: () => string }) {
  if (process.env.TARO_ENV !== 'h5') return null;
  return (
    <View className='copy-link' hoverClass='copy-link--pressed' onClick={() => void copyLink(link())}>
      <Text className='copy-link__label'>{ui.share.copyLink}</Text>
    </View>
  );
}
