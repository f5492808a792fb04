import { isErrorCode, type ErrorCode, type ErrorDetails } from '../../types/errors';
import { errorText } from '../../types/zh-CN/errors';
import { ui } from '../../types/zh-CN/ui';

/**
 * An error result of the contract, as the app sees it: the code to branch on, a zh-CN
 * sentence to show as is, and the details (`fields` for BAD_INPUT, `productId` and
 * `available` for OUT_OF_STOCK, `rule` and `nextAllowedAt` for POSTING_LIMIT…).
 */
export class ApiError extends Error {
  readonly code: ErrorCode;
  /** field path → zh-CN message, for forms (BAD_INPUT / TOO_LARGE); empty otherwise */
  readonly fields: Record<string, string>;
  readonly details: ErrorDetails;
  readonly requestId: string | undefined;

  constructor(code: ErrorCode, message: string, details: ErrorDetails = {}, requestId?: string) {
    super(message);
    // Babel's class transform for old mini program runtimes loses the prototype of Error subclasses.
    Object.setPrototypeOf(this, ApiError.prototype);
    this.name = 'ApiError';
    this.code = code;
    this.details = details;
    this.fields = stringRecord(details.fields);
    this.requestId = requestId;
  }
}

export function isApiError(value: unknown): value is ApiError {
  return value instanceof ApiError;
}

/** The request never got an answer (offline, DNS, the cloud call itself failed). */
export function networkError(): ApiError {
  return new ApiError('INTERNAL', ui.common.networkError, { network: true });
}

/** An answer that is not the contract's envelope (a proxy's HTML page, a truncated body). */
export function badResponseError(): ApiError {
  return new ApiError('INTERNAL', ui.common.badResponse);
}

/** Anything thrown while calling the backend, as an ApiError (unknown errors become INTERNAL). */
export function toApiError(value: unknown): ApiError {
  if (isApiError(value)) return value;
  return new ApiError('INTERNAL', errorText.INTERNAL);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringRecord(value: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!isRecord(value)) return out;
  for (const [key, v] of Object.entries(value)) {
    if (typeof v === 'string') out[key] = v;
  }
  return out;
}

/**
 * Reads a contract result: `{ ok: true, data }` gives `data`; `{ ok: false, error }` throws an
 * ApiError with the error's code, message and details; anything else throws INTERNAL.
 * The error body is `{ code, message, ...details }` and may repeat the details under `details`.
 */
export function unwrapEnvelope<T>(raw: unknown): T {
  if (!isRecord(raw)) throw badResponseError();
  if (raw.ok === true && 'data' in raw) return raw.data as T;
  if (raw.ok === false && isRecord(raw.error)) {
    const { code: rawCode, message: rawMessage, details: nested, requestId, ...flat } = raw.error;
    const code: ErrorCode = isErrorCode(rawCode) ? rawCode : 'INTERNAL';
    const message = typeof rawMessage === 'string' && rawMessage.trim() !== '' ? rawMessage : errorText[code];
    const details: ErrorDetails = { ...flat, ...(isRecord(nested) ? nested : {}) };
    throw new ApiError(code, message, details, typeof requestId === 'string' ? requestId : undefined);
  }
  throw badResponseError();
}
