import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { crmUi } from '../../../types/zh-CN/crm-ui';
import { Field, GrowingTextarea, SubmitButton } from '../../components/form';
import { EmptyState, ErrorState, LoadingState } from '../../components/state-views';
import { TagsEditor, formatDate, useCustomer } from '../../features/crm';
import { paramFrom } from '../../utils/navigation';
import { formatPrice } from '../../utils/price';
import '../crm-pages.scss';
import './index.scss';

const NOTE_MAX = 500;

function NumberBox({ name, label, value }: { name: string; label: string; value: string }) {
  return (
    <View className={`customer-number customer-number--${name}`}>
      <Text className='customer-number__value'>{value}</Text>
      <Text className='customer-number__label'>{label}</Text>
    </View>
  );
}

/** `/seller/customer/index?customerId=…`: the customer's numbers, a private note (`crm.note`) and tags (`crm.tag`). */
export default function CustomerPage() {
  const router = useRouter();
  const customerId = paramFrom(router.params, 'customerId');
  const c = useCustomer(customerId);

  if (c.state.status === 'loading') return <LoadingState />;
  if (c.state.status === 'missing') return <EmptyState title={crmUi.customer.notFound} />;
  if (c.state.status === 'error') {
    return (
      <View className='crm-page'>
        <ErrorState message={c.state.error.message} onRetry={() => void c.reload()} />
      </View>
    );
  }
  const customer = c.state.customer;
  return (
    <View className='crm-page customer-page'>
      <View className='crm-card customer-summary'>
        <Text className='customer-detail__name customer-name'>{customer.name}</Text>
        <View className='customer-numbers'>
          <NumberBox name='orders' label={crmUi.customer.orders} value={String(customer.orders)} />
          <NumberBox name='total' label={crmUi.customer.total} value={formatPrice(customer.totalFen)} />
          <NumberBox name='last-order' label={crmUi.customer.lastOrder} value={formatDate(customer.lastOrderAt)} />
          <NumberBox name='after-sales' label={crmUi.customer.afterSales} value={String(customer.afterSales)} />
        </View>
      </View>

      <View className='crm-card note-editor'>
        <Field name='note' label={crmUi.customer.noteLabel} hint={crmUi.customer.noteHint} aside={`${Array.from(c.note).length} / ${NOTE_MAX}`} error={c.noteMessage}>
          <GrowingTextarea
            value={c.note}
            placeholder={crmUi.customer.notePlaceholder}
            maxlength={NOTE_MAX}
            onInput={(e) => c.setNote(e.detail.value)}
          />
        </Field>
        <SubmitButton className='save-note' label={crmUi.customer.saveNote} busyLabel={crmUi.customer.savingNote} busy={c.savingNote} disabled={!c.noteChanged} onClick={() => void c.saveNote()} />
      </View>

      <View className='crm-card'>
        <TagsEditor
          tags={c.tags}
          draft={c.draftTag}
          message={c.tagMessage}
          save={c.tagSave}
          onDraft={c.setDraftTag}
          onAdd={() => void c.addTag()}
          onRemove={c.removeTag}
          onRetry={c.retryTags}
        />
      </View>
    </View>
  );
}
