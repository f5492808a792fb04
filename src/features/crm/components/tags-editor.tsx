import { Input, Text, View } from '@tarojs/components';
import { crmUi } from '../../../../types/zh-CN/crm-ui';
import { formsUi } from '../../../../types/zh-CN/forms-ui';
import { MAX_TAG_LENGTH, MAX_TAGS } from '../tags';
import type { TagSaveState } from '../use-customer';
import './tag-chips.scss';
import './tags-editor.scss';

interface TagsEditorProps {
  tags: readonly string[];
  draft: string;
  message: string | null;
  save: TagSaveState;
  onDraft: (value: string) => void;
  onAdd: () => void;
  onRemove: (tag: string) => void;
  onRetry: () => void;
}

const T = formsUi.tags;

/** Where the last change stands, beside the counter: 保存中… / 已保存 / (failed: shown below with 重试). */
function SaveState({ save }: { save: TagSaveState }) {
  if (save === 'saving') return <Text className='tags-editor__state tags-editor__state--saving'>{T.saving}</Text>;
  if (save === 'saved') return <Text className='tags-editor__state tags-editor__state--saved'>{T.saved}</Text>;
  return null;
}

/**
 * Chips with a remove button and an input to add one (validated: ≤ 10 tags, 1–10 characters each).
 * Each add or remove is saved at once (no save button to forget); a failure says so and offers 重试.
 */
export function TagsEditor({ tags, draft, message, save, onDraft, onAdd, onRemove, onRetry }: TagsEditorProps) {
  return (
    <View className={`tags-editor field field--tags${message ? ' field--invalid' : ''}`}>
      <View className='field__head'>
        <Text className='field__label'>{crmUi.customer.tagsLabel}</Text>
        <View className='tags-editor__aside'>
          <SaveState save={save} />
          <Text className='field__aside'>{`${tags.length} / ${MAX_TAGS}`}</Text>
        </View>
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
      {save === 'failed' ? (
        <View className='tags-editor__failed'>
          <Text className='field-error tags-error'>{message ? `${T.failed}：${message}` : T.failed}</Text>
          <View className='tags-editor__retry retry-tags' hoverClass='tags-editor__add-button--pressed' onClick={onRetry}>
            {T.retry}
          </View>
        </View>
      ) : message ? (
        <Text className='field-error tags-error'>{message}</Text>
      ) : null}
    </View>
  );
}
