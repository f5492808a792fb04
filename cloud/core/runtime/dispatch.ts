import { randomUUID } from 'node:crypto';
import type { ApiErrorBody, ApiResult } from '../../../types/errors';
import { toFieldErrors } from '../../../types/validation';
import { errorText, fieldText, validationText } from '../../../types/zh-CN/errors';
import { AppError, isAppError } from './errors';
import type { FunctionDef } from './action';
import type { Caller, Deps } from './context';

export interface DispatchInput {
  fn: FunctionDef;
  event: unknown;
  caller: Caller;
  deps: Deps;
  requestId?: string;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The contract's error body: `{ code, message, ...details }` plus the same details under `details`. */
export function errorBody(err: AppError, requestId?: string): ApiErrorBody {
  const body: ApiErrorBody = { ...err.details, code: err.code, message: err.message };
  if (Object.keys(err.details).length > 0) body.details = err.details;
  if (requestId) body.requestId = requestId;
  return body;
}

/**
 * Routes one event to its action: checks the shape and the action name, validates the params
 * (before anything else is looked at), checks identity, runs, and maps every outcome to the envelope.
 * Unexpected errors are logged with the request id and reach the client only as INTERNAL.
 */
export async function dispatch({ fn, event, caller, deps, requestId = randomUUID() }: DispatchInput): Promise<ApiResult<unknown>> {
  const log = deps.log.child({ requestId });
  try {
    if (!isPlainObject(event)) {
      throw new AppError('BAD_INPUT', validationText.notAnObject, { fields: { body: validationText.notAnObject } });
    }
    const { action, ...params } = event;
    if (typeof action !== 'string' || !Object.prototype.hasOwnProperty.call(fn, action)) {
      const message = typeof action === 'string' && action.trim() ? validationText.unknownAction(action) : validationText.required(fieldText.action);
      throw new AppError('BAD_INPUT', message, { fields: { action: message } });
    }
    const def = fn[action];
    const parsed = def.input.safeParse(params);
    if (!parsed.success) {
      const { fields, tooLarge } = toFieldErrors(parsed.error);
      const message = Object.values(fields)[0] ?? errorText.BAD_INPUT;
      throw new AppError(tooLarge ? 'TOO_LARGE' : 'BAD_INPUT', message, { fields });
    }
    if (def.identity === 'required' && !caller.openId) throw new AppError('UNAUTHENTICATED');
    const data = await def.run({ ...deps, log, caller, requestId }, parsed.data);
    return { ok: true, data };
  } catch (err) {
    if (isAppError(err)) return { ok: false, error: errorBody(err) };
    log.error('unexpected error', { error: err instanceof Error ? { message: err.message, stack: err.stack } : String(err) });
    return { ok: false, error: errorBody(new AppError('INTERNAL'), requestId) };
  }
}
