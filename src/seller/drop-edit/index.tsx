import Taro, { useRouter } from '@tarojs/taro';
import { Image, Input, Picker, Text, View } from '@tarojs/components';
import { DROP_BOUNDS } from '../../../types/drop';
import { DAY_MS } from '../../../types/rules/posting/zone';
import type { Product } from '../../../types/product';
import { charLength } from '../../../types/text';
import { dropsUi } from '../../../types/zh-CN/drops-ui';
import { ui } from '../../../types/zh-CN/ui';
import { Field, FormMessage, GrowingTextarea, SubmitButton } from '../../components/form';
import { PageFrame } from '../../components/page-frame';
import { checkCutoff, cutoffText, pickerValuesAt, unpickableReason, useDropEditor, type DropFormErrors, type DropFormValues } from '../../features/drops';
import { toast } from '../../utils/feedback';
import { formatPrice } from '../../utils/price';
import { paramFrom } from '../../utils/navigation';
import { sellerRoutes } from '../routes';
import './index.scss';

type Editor = ReturnType<typeof useDropEditor>;

/** 发起接龙: what (1–10 of the shop's own products, a limit each), until when, and how friends get it. */
export default function DropEditPage() {
  const router = useRouter();
  const editor = useDropEditor(paramFrom(router.params, 'productId'));
  const t = dropsUi.form;
  const { values, errors } = editor;

  const save = async () => {
    const drop = await editor.submit();
    if (!drop) return;
    toast(t.opened);
    // the form is done with: the drop's own page replaces it, so 返回 goes to where 发起接龙 was tapped
    void Taro.redirectTo({ url: sellerRoutes.drop(drop.id) }).catch(() => undefined);
  };

  return (
    <PageFrame className='new-drop-page' state={editor.state} reload={() => void editor.reload()}>
      {({ products, timeZone }) => (
        <View>
          <View className='new-drop-card'>
            <Field name='title' label={t.titleLabel} aside={ui.productForm.counter(charLength(values.title), DROP_BOUNDS.title)} error={errors.title}>
              <Input className='field__input' value={values.title} placeholder={t.titlePlaceholder} onInput={(e) => editor.setText('title', e.detail.value)} />
            </Field>
            <Field name='intro' label={t.introLabel} aside={ui.productForm.counter(charLength(values.intro), DROP_BOUNDS.intro)} error={errors.intro}>
              <GrowingTextarea value={values.intro} placeholder={t.introPlaceholder} maxlength={-1} onInput={(e) => editor.setText('intro', e.detail.value)} />
            </Field>
            <Field name='items' label={t.itemsLabel} hint={t.itemsHint(DROP_BOUNDS.items)} aside={ui.productForm.counter(values.items.length, DROP_BOUNDS.items)} error={errors.items}>
              <ProductChoices products={products} editor={editor} />
            </Field>
          </View>

          <View className='new-drop-card'>
            <CutoffField values={values} errors={errors} timeZone={timeZone} editor={editor} />
          </View>

          <View className='new-drop-card'>
            <Field name='fulfilment' label={t.waysLabel} hint={t.waysHint} error={errors.fulfilment}>
              <PickupPoints values={values} errors={errors} editor={editor} />
              <Toggle name='delivery' label={t.delivery} hint={t.deliveryHint} on={values.delivery} onChange={(on) => editor.setFlag('delivery', on)} />
              <Toggle name='shipping' label={t.shipping} hint={t.shippingHint} on={values.shipping} onChange={(on) => editor.setFlag('shipping', on)} />
            </Field>
            <Toggle name='show-joiners' label={t.showJoiners} hint={t.showJoinersHint} on={values.showJoiners} onChange={(on) => editor.setFlag('showJoiners', on)} />
          </View>

          <View className='new-drop-footer'>
            <FormMessage text={errors.form ?? null} />
            <SubmitButton className='open-drop-submit' label={t.submit} busyLabel={t.submitting} busy={editor.submitting} onClick={() => void save()} />
          </View>
        </View>
      )}
    </PageFrame>
  );
}

/** The shop's active products: own ones can be chosen (with a limit each), carried ones are shown disabled with why. */
function ProductChoices({ products, editor }: { products: Product[]; editor: Editor }) {
  const t = dropsUi.form;
  if (products.length === 0) return <Text className='new-drop-choice__none'>{t.noProducts}</Text>;
  return (
    <View className='new-drop-choices'>
      {products.map((p) => {
        const reason = unpickableReason(p);
        const item = editor.values.items.find((i) => i.productId === p.id);
        const error = editor.errors[`item:${p.id}`];
        return (
          <View key={p.id} className={`new-drop-choice${item ? ' new-drop-choice--on' : ''}${reason ? ' new-drop-choice--disabled' : ''}`}>
            <View className='new-drop-choice__main' role='checkbox' aria-checked={Boolean(item)} aria-disabled={Boolean(reason)} onClick={() => editor.toggleProduct(p)}>
              <View className={`new-drop-choice__box${item ? ' new-drop-choice__box--on' : ''}`}>{item ? '✓' : ''}</View>
              {p.images[0] ? <Image className='new-drop-choice__cover' src={p.images[0]} mode='aspectFill' /> : <View className='new-drop-choice__cover' />}
              <View className='new-drop-choice__info'>
                <Text className='new-drop-choice__title'>{p.title}</Text>
                <Text className='new-drop-choice__meta'>
                  {formatPrice(p.priceFen)} · {ui.catalog.stock(p.stock)}
                </Text>
                {reason ? <Text className='new-drop-choice__reason'>{reason}</Text> : null}
              </View>
            </View>
            {item ? (
              <View className='new-drop-choice__limit'>
                <Text className='new-drop-choice__limit-label'>{t.limitLabel}</Text>
                <Input className='new-drop-choice__limit-input limit-input' type='number' maxlength={2} value={item.limit} onInput={(e) => editor.setLimit(p.id, e.detail.value)} />
                <Text className='new-drop-choice__limit-label'>{t.limitUnit}</Text>
              </View>
            ) : null}
            {error ? <Text className='field-error'>{error}</Text> : null}
          </View>
        );
      })}
    </View>
  );
}

/** Date and time pickers on the shop's wall clock, from now to 14 days ahead, and the cutoff in words once valid. */
function CutoffField({ values, errors, timeZone, editor }: { values: DropFormValues; errors: DropFormErrors; timeZone: string; editor: Editor }) {
  const t = dropsUi.form;
  const now = Date.now();
  const start = pickerValuesAt(now, timeZone).date;
  // the wheel opens on tomorrow: a drop usually runs a few days, and 20:00 today may already be past
  const tomorrow = pickerValuesAt(now + DAY_MS, timeZone).date;
  const end = pickerValuesAt(now + DROP_BOUNDS.maxDaysAhead * DAY_MS, timeZone).date;
  const check = values.date && values.time ? checkCutoff(values.date, values.time, timeZone, now) : null;
  return (
    <Field name='closes-at' label={t.cutoffLabel} hint={t.cutoffHint(DROP_BOUNDS.maxDaysAhead)} error={errors.closesAt}>
      <View className='new-drop-cutoff'>
        <Picker className='new-drop-cutoff__picker cutoff-date' mode='date' value={values.date || tomorrow} start={start} end={end} onChange={(e) => editor.setText('date', String(e.detail.value))}>
          <View className={`new-drop-cutoff__value${values.date ? '' : ' new-drop-cutoff__value--empty'}`}>{values.date || t.datePlaceholder}</View>
        </Picker>
        <Picker className='new-drop-cutoff__picker cutoff-time' mode='time' value={values.time || '20:00'} onChange={(e) => editor.setText('time', String(e.detail.value))}>
          <View className={`new-drop-cutoff__value${values.time ? '' : ' new-drop-cutoff__value--empty'}`}>{values.time || t.timePlaceholder}</View>
        </Picker>
      </View>
      {check?.ok ? <Text className='new-drop-cutoff__words cutoff-words'>{cutoffText(check.at, timeZone, now)}</Text> : null}
    </Field>
  );
}

function PickupPoints({ values, errors, editor }: { values: DropFormValues; errors: DropFormErrors; editor: Editor }) {
  const t = dropsUi.form;
  const fields = [
    ['name', t.pickupName, t.pickupNamePlaceholder],
    ['address', t.pickupAddress, t.pickupAddressPlaceholder],
    ['window', t.pickupWindow, t.pickupWindowPlaceholder],
  ] as const;
  return (
    <View className='new-drop-pickups'>
      {values.pickup.map((point, i) => (
        <View key={i} className={`new-drop-pickup new-drop-pickup--${i}`}>
          <View className='new-drop-pickup__head'>
            <Text className='new-drop-pickup__title'>{t.pickupHeading(i + 1)}</Text>
            <View className='new-drop-pickup__remove remove-pickup' onClick={() => editor.removePickup(i)}>
              {t.removePickup}
            </View>
          </View>
          {fields.map(([field, label, placeholder]) => (
            <Field key={field} name={`pickup-${i}-${field}`} label={label} error={errors[`pickup.${i}.${field}`]}>
              <Input className='field__input' value={point[field]} placeholder={placeholder} onInput={(e) => editor.setPickup(i, field, e.detail.value)} />
            </Field>
          ))}
        </View>
      ))}
      {values.pickup.length < DROP_BOUNDS.pickupPoints ? (
        <View className='new-drop-pickups__add add-pickup' hoverClass='new-drop-pickups__add--pressed' onClick={editor.addPickup}>
          {t.addPickup}
        </View>
      ) : null}
    </View>
  );
}

/** An on/off row: the whole row is the target, its state read out as a switch. */
function Toggle({ name, label, hint, on, onChange }: { name: string; label: string; hint: string; on: boolean; onChange: (on: boolean) => void }) {
  return (
    <View className={`new-drop-toggle toggle-${name}${on ? ' new-drop-toggle--on' : ''}`} role='switch' aria-checked={on} onClick={() => onChange(!on)}>
      <View className='new-drop-toggle__text'>
        <Text className='new-drop-toggle__label'>{label}</Text>
        <Text className='new-drop-toggle__hint'>{hint}</Text>
      </View>
      <View className='new-drop-toggle__track'>
        <View className='new-drop-toggle__knob' />
      </View>
    </View>
  );
}
