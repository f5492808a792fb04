import type { z } from 'zod';
// Types only, erased from every bundle: the contract is read off the cloud's function tables rather than
// written a second time, so changing an action's schema or result breaks the app's tsc (issue 15).
import type { Functions } from '../cloud/core/functions';

/** What the app may rely on about one action: its input schema and the promise its `run` returns. */
interface ActionShape {
  input: z.ZodType;
  run(...args: never[]): Promise<unknown>;
}

/**
 * Each cloud function's actions: the params the client sends (the schema's input, before defaults
 * and transforms) and the data it gets back (what `run` resolves with). Results are the contract's
 * wire types (ISO strings, never Date): tests/types/contract.ts fails the typecheck if one is not.
 */
export type FunctionActions = {
  [F in keyof Functions]: {
    [A in keyof Functions[F]]: Functions[F][A] extends ActionShape
      ? { params: z.input<Functions[F][A]['input']>; result: Awaited<ReturnType<Functions[F][A]['run']>> }
      : never;
  };
};

export type FunctionName = keyof FunctionActions;
export type ActionName<F extends FunctionName> = keyof FunctionActions[F] & string;
export type ActionParams<F extends FunctionName, A extends ActionName<F>> = FunctionActions[F][A] extends { params: infer P } ? P : never;
export type ActionResult<F extends FunctionName, A extends ActionName<F>> = FunctionActions[F][A] extends { result: infer R } ? R : never;

/** Identities the dev host knows for the demo: the seeded seller, a friend, and the supplier whose honey the seller carries. */
export const DEV_IDENTITIES = { seller: 'seller-demo', friend: 'friend-demo', supplier: 'supplier-demo' } as const;
