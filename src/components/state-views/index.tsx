import { Text, View } from '@tarojs/components';
import { ui } from '../../../types/zh-CN/ui';
import './index.scss';

export function LoadingState({ text = ui.common.loading }: { text?: string }) {
  return (
    <View className='state loading-state'>
      <View className='state__spinner' />
      <Text className='state__text'>{text}</Text>
    </View>
  );
}

interface ErrorStateProps {
  title?: string;
  message: string;
  onRetry?: () => void;
}

export function ErrorState({ title, message, onRetry }: ErrorStateProps) {
  return (
    <View className='state error-state'>
      {title ? <Text className='state__title'>{title}</Text> : null}
      <Text className='state__text error-message'>{message}</Text>
      {onRetry ? (
        <View className='state__action retry-button' hoverClass='state__action--pressed' onClick={onRetry}>
          {ui.common.retry}
        </View>
      ) : null}
    </View>
  );
}

export function EmptyState({ title, hint }: { title: string; hint?: string }) {
  return (
    <View className='state empty-state'>
      <Text className='state__title'>{title}</Text>
      {hint ? <Text className='state__text'>{hint}</Text> : null}
    </View>
  );
}
