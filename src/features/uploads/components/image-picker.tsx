import { Image, Text, View } from '@tarojs/components';
import { ui } from '../../../../types/zh-CN/ui';
import type { ImageList } from '../use-image-list';
import './image-picker.scss';

interface ImagePickerProps {
  list: ImageList;
  /** names the field for e2e and styles: `image-picker--<name>` */
  name: string;
  addLabel?: string;
}

/** Thumbnails with per-image upload progress or error, a remove button each, and an "add" tile while there is room. */
export function ImagePicker({ list, name, addLabel = ui.productForm.addImage }: ImagePickerProps) {
  const full = list.items.length >= list.max;
  return (
    <View className={`image-picker image-picker--${name}`}>
      {list.items.map((item) => {
        const state = item.error ? 'error' : item.url ? 'done' : 'uploading';
        return (
          <View key={item.key} className={`image-tile image-tile--${state}`}>
            <Image className='image-tile__img' src={item.preview} mode='aspectFill' />
            {state === 'uploading' ? (
              <View className='image-tile__veil'>
                <Text className='image-tile__progress'>{ui.productForm.uploading(item.progress)}</Text>
                <View className='image-tile__bar'>
                  <View className='image-tile__bar-fill' style={{ width: `${item.progress}%` }} />
                </View>
              </View>
            ) : null}
            {state === 'error' ? (
              <View className='image-tile__veil image-tile__veil--error'>
                <Text className='image-tile__error'>{ui.productForm.uploadFailed}</Text>
              </View>
            ) : null}
            <View className='image-tile__remove' onClick={() => list.remove(item.key)}>
              <Text>×</Text>
            </View>
          </View>
        );
      })}
      {!full ? (
        <View className='image-tile image-tile--add image-picker__add' hoverClass='image-tile--pressed' onClick={() => void list.add()}>
          <Text className='image-tile__plus'>+</Text>
          <Text className='image-tile__add-label'>{addLabel}</Text>
        </View>
      ) : null}
      {list.items
        .filter((it) => it.error)
        .map((it) => (
          <Text key={`${it.key}-error`} className='image-picker__error field-error'>
            {it.error}
          </Text>
        ))}
    </View>
  );
}
