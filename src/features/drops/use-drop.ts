import { useCallback, useEffect, useState } from 'react';
import type { DropView, PickList, PickListGroup } from '../../../types/drop';
import { PICKUP_CODE_LENGTH } from '../../../types/drop';
import { hasValidCheckDigit } from '../../../types/rules/pickup-code';
import { pickupCodeText } from '../../../types/zh-CN/pickup-code';
import { dropsUi } from '../../../types/zh-CN/drops-ui';
import { callFunction, toApiError } from '../../api';
import { useResource } from '../../hooks/use-resource';
import { confirmAction, showError, toast } from '../../utils/feedback';
import { dropsApi } from './api';
import { paidAt } from './pick';

export interface DropLive {
  view: DropView;
  pickList: PickList;
  timeZone: string;
}

/** The clock a countdown reads, ticking every `everyMs` while the page is open. */
export function useNow(everyMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(id);
  }, [everyMs]);
  return now;
}

/** Digits only, at most six: what the code box keeps of what is typed or pasted. */
export function codeDigits(text: string): string {
  return text.replace(/\D/g, '').slice(0, PICKUP_CODE_LENGTH);
}

export type VerifyOutcome = { ok: true; message: string } | { ok: false; message: string };

/**
 * One drop as its seller follows it: the public view (joiners, counts), the pick list and the shop's zone,
 * asked together; and the seller's actions on it, each confirmed where it reaches buyers.
 */
export function useDrop(dropId: string) {
  const load = useCallback(async (): Promise<DropLive> => {
    const [view, pickList, shop] = await Promise.all([dropsApi.get(dropId), dropsApi.pickList(dropId), callFunction('shop', 'mine', {})]);
    return { view, pickList, timeZone: shop.policy.timeZone };
  }, [dropId]);
  const { state, reload, refresh } = useResource(load);
  const [busy, setBusy] = useState<string | null>(null);

  const run = useCallback(
    async <R,>(key: string, action: () => Promise<R>, done: (result: R) => string) => {
      if (busy) return;
      setBusy(key);
      try {
        toast(done(await action()));
      } catch (err) {
        showError(toApiError(err).message);
      } finally {
        setBusy(null);
        await refresh();
      }
    },
    [busy, refresh],
  );

  const close = useCallback(async () => {
    if (!(await confirmAction(dropsUi.live.closeTitle, dropsUi.live.closeBody, dropsUi.live.closeConfirm))) return;
    await run('close', () => dropsApi.close(dropId), () => dropsUi.live.closed);
  }, [dropId, run]);

  /** 到货了 at a pickup point: it tells every paid buyer there, so it asks first. */
  const markReady = useCallback(
    async (group: PickListGroup) => {
      if (group.way.kind !== 'pickup') return;
      const paid = paidAt(group);
      if (paid === 0) {
        toast(dropsUi.pick.readyNone);
        return;
      }
      const { pickupIndex, point } = group.way;
      if (!(await confirmAction(dropsUi.pick.readyTitle(point.name), dropsUi.pick.readyBody(paid), dropsUi.pick.readyConfirm))) return;
      await run(`ready-${pickupIndex}`, () => dropsApi.markReady(dropId, pickupIndex), ({ moved }) => dropsUi.pick.readyDone(moved));
    },
    [dropId, run],
  );

  /** The buyer's 6-digit code: completes their paid or ready order; says whose it was. */
  const verify = useCallback(
    async (raw: string): Promise<VerifyOutcome> => {
      const code = codeDigits(raw);
      if (code.length !== PICKUP_CODE_LENGTH || code !== raw.trim()) return { ok: false, message: dropsUi.code.invalid(PICKUP_CODE_LENGTH) };
      // the last digit checks the others: a slip of one digit or two swapped is caught here, before any call
      if (!hasValidCheckDigit(code)) return { ok: false, message: pickupCodeText.mistyped };
      try {
        const order = await dropsApi.verifyPickup(code, dropId);
        void refresh();
        return { ok: true, message: dropsUi.code.done(order.address.name) };
      } catch (err) {
        const error = toApiError(err);
        return { ok: false, message: error.code === 'NOT_FOUND' ? dropsUi.code.notFound : error.message };
      }
    },
    [dropId, refresh],
  );

  return { state, reload, refresh, busy, setBusy, close, markReady, verify };
}
