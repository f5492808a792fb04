import type { z } from 'zod';
import type { ActionContext, AuthedContext } from './context';

interface BaseAction<S extends z.ZodType, R> {
  input: S;
  /** runs after validation; the context's caller is guaranteed when `identity` is 'required' */
  run(ctx: ActionContext, input: z.output<S>): Promise<R>;
}

export interface ActionDef<S extends z.ZodType = z.ZodType, R = unknown> extends BaseAction<S, R> {
  identity: 'required' | 'optional';
}

/** An action anyone may call (public reads). */
export function publicAction<S extends z.ZodType, R>(input: S, run: (ctx: ActionContext, input: z.output<S>) => Promise<R>): ActionDef<S, R> {
  return { input, identity: 'optional', run };
}

/** An action that needs a WeChat identity; UNAUTHENTICATED is answered before `run` is reached. */
export function authedAction<S extends z.ZodType, R>(input: S, run: (ctx: AuthedContext, input: z.output<S>) => Promise<R>): ActionDef<S, R> {
  return { input, identity: 'required', run: (ctx, parsed) => run(ctx as AuthedContext, parsed) };
}

/**
 * A cloud function's actions by name. Declare a table `{ … } satisfies FunctionDef`, never `: FunctionDef`:
 * the annotation would widen every action to ActionDef<ZodType, unknown>, and the app's contract
 * (types/functions.ts, derived from the tables) would lose its params and results.
 */
export type FunctionDef = Record<string, ActionDef>;
