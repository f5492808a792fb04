// Checked by `npm run typecheck` (tsconfig includes tests/), never run: the app's contract is derived from the
// cloud's function tables (types/functions.ts), so these lines stop compiling when an action's result changes.
// tests/unit/contract-types.test.ts makes order.cancel return an id in memory and expects this file to fail.
import type { z } from 'zod';
import type { callFunction } from '../../src/api/client';
import type { ActionName, ActionParams, ActionResult, FunctionName } from '../../types/functions';
import type { Order, OrderPage } from '../../types/order';
import type { orderCancelSchema } from '../../types/order-schemas';
import type { Shop } from '../../types/shop';

type Equal<X, Y> = (<T>() => T extends X ? 1 : 2) extends <T>() => T extends Y ? 1 : 2 ? true : false;
type Expect<T extends true> = T;

/** Types that do not survive JSON (the envelope's `data` goes over JSON on both transports). */
type NotJson = Date | bigint | symbol | ((...args: never[]) => unknown);
type HasNonJson<T> = T extends NotJson
  ? true
  : T extends readonly (infer U)[]
    ? HasNonJson<U>
    : T extends object
      ? true extends { [K in keyof T]-?: HasNonJson<T[K]> }[keyof T]
        ? true
        : false
      : false;

/**
 * `function.action` of every result that is not its wire type (a Date arrives as a string) or may be empty
 * (then the envelope has no `data`), and of every action whose types were lost (`unknown`: its table was
 * annotated `: FunctionDef` instead of declared with `satisfies`).
 */
type NotWire = {
  [F in FunctionName]: {
    [A in ActionName<F>]: unknown extends ActionResult<F, A>
      ? `${F}.${A}`
      : unknown extends ActionParams<F, A>
        ? `${F}.${A}`
        : true extends HasNonJson<ActionResult<F, A>>
          ? `${F}.${A}`
          : undefined extends ActionResult<F, A>
            ? `${F}.${A}`
            : never;
  }[ActionName<F>];
}[FunctionName];

export type Checks = [
  Expect<Equal<ActionResult<'order', 'cancel'>, Order>>,
  Expect<Equal<ActionResult<'order', 'listMine'>, OrderPage>>,
  Expect<Equal<ActionResult<'shop', 'mine'>, Shop>>,
  Expect<Equal<ActionResult<'shop', 'followState'>['state'], 'following' | 'muted' | 'none'>>,
  // what the client sends is the schema's input (before defaults), not its parsed output
  Expect<Equal<ActionParams<'order', 'cancel'>, z.input<typeof orderCancelSchema>>>,
  // the client resolves with exactly that result
  Expect<Equal<Awaited<ReturnType<typeof callFunction<'order', 'cancel'>>>, Order>>,
  // every result is what the app really receives over JSON
  Expect<Equal<NotWire, never>>,
];

// @ts-expect-error order.cancel resolves with the whole Order, not its id (unused, and failing, if it ever does)
export const cancelledId: string = null as unknown as ActionResult<'order', 'cancel'>;
// @ts-expect-error an action the cloud does not have is not callable
export type Missing = ActionResult<'order', 'refund'>;
// @ts-expect-error order.cancel needs the order's id
export const noOrderId: ActionParams<'order', 'cancel'> = { reason: '不要了' };
