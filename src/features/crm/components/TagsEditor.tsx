import { Input, Text, View } from '@tarojs/components';
import { crmUi } from '../../../../types/zh-CN/crm-ui';
import { SubmitButton } from '../../../components/Form';
import { MAX_TAG_LENGTH, MAX_TAGS } from '../tags';
import './crm.scss';

interface TagsEditorProps {
  tags: readonly string[];
  draft: string;
  message: string | null;
  saving: boolean;
  changed: boolean;
  onDraft: (value: string) => void;
  onAdd: () => void;
  onRemove: (tag: string) => void;
  onSave: () => void;
}

/** Chips with a remove button, an input to add one (validated: ≤ 10 tags, 1–10 characters each), and save. */
export function TagsEditor({ tags, draft, message, saving, changed, onDraft, onAdd, onRemove, onSave }: TagsEditorProps) {
  return (
    <View className={`tags-editor field field--tags${message ? ' field--invalid' : ''}`}>
      <View className='field__head'>
        <Text className='field__label'>{crmUi.customer.tagsLabel}</Text>
        <Text className='field__aside'>{`${tags.length} / ${MAX_TAGS}`}</Text>
      </View>
      <Text className='field__hint'>{crmUi.customer.tagsHint(MAX_TAGS, MAX_TAG_LENGTH)}</Text>
      <View className='tag-chips tag-chips--editable'>
        {tags.map((t) => (
          <View key={t} className='tag-chip tag-chip--editable' data-tag={t}>
            <Text>{t}</Text>
            <Text className='tag-chip__remove' onClick={() => onRemove(t)}>
              {crmUi.customer.removeTag}
            </Text>
          </View>
        ))}
      </View>
      <View className='tags-editor__add'>
        <Input
          className='field__input tags-editor__input'
          value={draft}
          placeholder={crmUi.customer.tagPlaceholder}
          maxlength={MAX_TAG_LENGTH + 10}
          confirmType='done'
          onInput={(e) => onDraft(e.detail.value)}
          onConfirm={onAdd}
        />
        <View className='tags-editor__add-button add-tag' hoverClass='tags-editor__add-button--pressed' onClick={onAdd}>
          {crmUi.customer.addTag}
        </View>
      </View>
      {message ? <Text className='field-error tags-error'>{message}</Text> : null}
      <SubmitButton className='save-tags' label={crmUi.customer.saveTags} busyLabel={crmUi.customer.savingTags} busy={saving} disabled={!changed} onClick={onSave} />
    </View>
  );
}
