/** The error codes of CONTRACT.md and the HTTP status each maps to. */
export const ERROR_STATUS = {
  BAD_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  OUT_OF_STOCK: 409,
  SHOP_FULL: 409,
  POSTING_LIMIT: 409,
  TOO_LARGE: 413,
  CONTENT_REJECTED: 422,
  INTERNAL: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export const ERROR_CODES = Object.keys(ERROR_STATUS) as ErrorCode[];

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(ERROR_STATUS, value);
}

/** Extra, code-specific facts an error carries (`fields` for BAD_INPUT, `productId` for OUT_OF_STOCK…). */
export type ErrorDetails = Record<string, unknown>;

/**
 * The error half of the envelope. The contract writes it as `{ code, message, ...details }`
 * and also speaks of `details.fields`; we send both shapes so either reading works.
 */
export interface ApiErrorBody extends ErrorDetails {
  code: ErrorCode;
  message: string;
  details?: ErrorDetails;
  requestId?: string;
}

export type ApiResult<T> = { ok: true; data: T } | { ok: false; error: ApiErrorBody };
