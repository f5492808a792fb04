import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import { ErrorState } from '../../../components/state-views';
import type { Resource } from '../../../hooks/use-resource';
import './section.scss';

/** A card of the console; while its data loads, a quiet line; on error, the message and a retry. */
export function SectionCard({ name, title, aside, children }: { name: string; title: string; aside?: ReactNode; children: ReactNode }) {
  return (
    <View className={`crm-card ${name}`}>
      <View className='crm-card__head'>
        <Text className='crm-card__title'>{title}</Text>
        {aside}
      </View>
      {children}
    </View>
  );
}

export function ResourceView<T>({ resource, onRetry, children }: { resource: Resource<T>; onRetry?: () => void; children: (data: T) => ReactNode }) {
  if (resource.status === 'loading') return <View className='crm-card__loading' />;
  if (resource.status === 'error') return <ErrorState message={resource.error.message} onRetry={onRetry} />;
  return <>{children(resource.data)}</>;
}
