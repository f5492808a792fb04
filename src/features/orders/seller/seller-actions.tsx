import { useState } from 'react';
import type { Order } from '../../../../types/order';
import { ordersUi } from '../../../../types/zh-CN/orders-ui';
import type { ApiError } from '../../../api';
import { confirmAction } from '../../../utils/feedback';
import { formatPrice } from '../../../utils/price';
import { availableActions } from '../actions';
import { ordersApi } from '../api';
import { ActionBar, ActionButton, ActionPanel, CancelPanel, TextField, textProblem } from '../components/action-kit';
import { ShipPanel } from './ship-panel';
import { ResolvePanel } from '../after-sale/resolve-panel';
import { noteCodeOf } from '../after-sale/rules';
import { afterSalesUi } from '../../../../types/zh-CN/after-sales-ui';

const A = ordersUi.actions;

type Act = (name: string, run: () => Promise<Order | void>, done?: string, atField?: (error: ApiError) => boolean) => Promise<boolean>;
type Panel = 'cancel' | 'ship' | 'resolve' | 'reply' | null;
// The action each form is for: while it is open, its button is not offered a second time below it.
const panelAction = { cancel: 'cancel', ship: 'ship', resolve: 'resolveAfterSale', reply: 'replyReview' } as const;


/** The owner's actions the order allows now: confirm / reject a transfer, ship, resolve an after-sale, reply to the review, cancel. */
export function SellerActions({ order, busy, act }: { order: Order; busy: string | null; act: Act }) {
  const actions = availableActions(order);
  const [panel, setPanel] = useState<Panel>(null);
  const [reply, setReply] = useState('');
  const [errors, setErrors] = useState<Record<string, string | null>>({});
  if (actions.length === 0) return null;
  const offered = (action: (typeof actions)[number]) => actions.includes(action) && (panel === null || panelAction[panel] !== action);
  const close = () => {
    setPanel(null);
    setErrors({});
  };
  const off = busy !== null;

  const confirmPaid = async () => {
    const code = noteCodeOf(order);
    const text = code ? afterSalesUi.noteCode.confirmText(formatPrice(order.totalFen), code) : A.confirmPaidText(formatPrice(order.totalFen));
    if (!(await confirmAction(A.confirmPaidTitle, text))) return;
    await act('confirmPaid', () => ordersApi.confirmPaid(order.id), A.paidConfirmed);
  };
  const rejectPaid = async () => {
    if (!(await confirmAction(A.rejectPaidTitle, A.rejectPaidText))) return;
    await act('rejectPaid', () => ordersApi.rejectPaid(order.id), A.paidRejected);
  };

  return (
    <>
      {panel === 'cancel' ? (
        <CancelPanel busy={busy === 'cancel'} onClose={close} onSubmit={(r) => void act('cancel', () => ordersApi.cancel(order.id, r), A.cancelled).then((ok) => ok && close())} />
      ) : null}
      {panel === 'ship' ? <ShipPanel order={order} busy={busy === 'ship'} act={act} onClose={close} /> : null}
      {panel === 'resolve' ? <ResolvePanel order={order} busy={busy === 'resolveAfterSale'} act={act} onClose={close} /> : null}
      {panel === 'reply' ? (
        <ActionPanel
          name='reply'
          title={A.replyReview}
          hint={A.replyOnce}
          submitLabel={A.replySubmit}
          busy={busy === 'replyReview'}
          onClose={close}
          onSubmit={() => {
            const problem = textProblem(reply, A.replyLabel, 500);
            setErrors({ reply: problem });
            const atReply = (e: ApiError) => (e.fields.reply ? (setErrors({ reply: e.fields.reply }), true) : false);
            if (!problem) void act('replyReview', () => ordersApi.replyReview(order.id, reply.trim()), A.replied, atReply).then((ok) => ok && close());
          }}
        >
          <TextField name='reply' label={A.replyLabel} value={reply} max={500} placeholder={A.replyPlaceholder} multiline error={errors.reply} onChange={setReply} />
        </ActionPanel>
      ) : null}
      <ActionBar>
        {offered('cancel') ? <ActionButton name='cancel' label={A.cancel} disabled={off} onClick={() => setPanel('cancel')} /> : null}
        {offered('rejectPaid') ? <ActionButton name='reject-paid' label={A.rejectPaid} disabled={off} onClick={() => void rejectPaid()} /> : null}
        {offered('confirmPaid') ? <ActionButton name='confirm-paid' label={A.confirmPaid} primary disabled={off} onClick={() => void confirmPaid()} /> : null}
        {offered('ship') ? <ActionButton name='ship' label={A.ship} primary disabled={off} onClick={() => setPanel('ship')} /> : null}
        {offered('resolveAfterSale') ? <ActionButton name='resolve' label={A.resolve} primary disabled={off} onClick={() => setPanel('resolve')} /> : null}
        {offered('replyReview') ? <ActionButton name='reply' label={A.replyReview} primary disabled={off} onClick={() => setPanel('reply')} /> : null}
      </ActionBar>
    </>
  );
}
