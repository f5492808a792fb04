import { useState } from 'react';
import type { Order } from '../../../../types/order';
import { ordersUi } from '../../../../types/zh-CN/orders-ui';
import { reviewText } from '../../../../types/zh-CN/reviews';
import type { ApiError } from '../../../api';
import { Field } from '../../../components/form';
import { ordersApi } from '../api';
import { ActionPanel, Choice, TextField, textProblem } from './action-kit';
import './review-form.scss';

const A = ordersUi.actions;
const RATINGS = [1, 2, 3, 4, 5].map((n) => ({ value: n, label: A.star(n) }));
/** the choice that names no product; product ids never read "whole" (they are generated with a prefix) */
const WHOLE = 'whole';

type Act = (name: string, run: () => Promise<Order | void>, done?: string, atField?: (error: ApiError) => boolean) => Promise<boolean>;

/** The order's products, each once (an order may list one product on two lines). */
export function reviewableProducts(order: Pick<Order, 'items'>): { value: string; label: string }[] {
  const seen = new Map<string, string>();
  for (const i of order.items) if (!seen.has(i.productId)) seen.set(i.productId, i.title);
  return [...seen].map(([value, label]) => ({ value, label }));
}

/**
 * The buyer's review: stars, words and — when the order had several products — which one it is about, so it
 * shows on that product's page only. Nothing is preselected there: a review silently filed under the wrong
 * product would be worse than a tap; "整单" keeps a review about everything possible.
 */
export function ReviewForm({ order, busy, act, onClose }: { order: Order; busy: boolean; act: Act; onClose: () => void }) {
  const products = reviewableProducts(order);
  const several = products.length > 1;
  const [rating, setRating] = useState(5);
  const [text, setText] = useState('');
  const [about, setAbout] = useState<string | null>(several ? null : WHOLE);
  const [error, setError] = useState<string | null>(null);
  const [aboutError, setAboutError] = useState<string | null>(null);
  const submit = () => {
    const problem = textProblem(text, A.reviewTextLabel, 500);
    const aboutProblem = about === null ? reviewText.chooseProduct : null;
    setError(problem);
    setAboutError(aboutProblem);
    if (problem || aboutProblem) return;
    // A text WeChat's content check refused is shown under the text, where it can be changed; a product the
    // order does not hold (an order changed elsewhere) under the choice.
    const atField = (e: ApiError) => {
      if (e.fields.text) return setError(e.fields.text), true;
      if (e.fields.productId) return setAboutError(e.fields.productId), true;
      return false;
    };
    const productId = several && about !== WHOLE && about !== null ? about : undefined;
    void act('review', () => ordersApi.review(order.id, rating, text.trim(), productId), A.reviewSent, atField).then((ok) => ok && onClose());
  };
  return (
    <ActionPanel name='review' title={A.review} hint={A.reviewOnce} submitLabel={A.reviewSubmit} busy={busy} onClose={onClose} onSubmit={submit}>
      {several ? (
        <Field name='review-product' label={reviewText.productLabel} error={aboutError}>
          <Choice name='review-product' options={[...products, { value: WHOLE, label: reviewText.wholeOrder }]} value={about} onChange={setAbout} />
        </Field>
      ) : null}
      <Field name='rating' label={A.ratingLabel}>
        <Choice name='rating' options={RATINGS} value={rating} onChange={setRating} />
      </Field>
      <TextField name='review-text' label={A.reviewTextLabel} value={text} max={500} placeholder={A.reviewPlaceholder} multiline error={error} onChange={setText} />
    </ActionPanel>
  );
}
