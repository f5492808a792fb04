import type { ErrorCode, ErrorDetails } from '../../../types/errors';
import { errorText } from '../../../types/zh-CN/errors';

/** An expected failure with a contract code and a zh-CN sentence the app can show as is. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string = errorText[code],
    readonly details: ErrorDetails = {},
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export function isAppError(err: unknown): err is AppError {
  return err instanceof AppError;
}

export const notFound = (message?: string) => new AppError('NOT_FOUND', message);
export const forbidden = (message?: string) => new AppError('FORBIDDEN', message);
export const conflict = (message?: string, details?: ErrorDetails) => new AppError('CONFLICT', message, details);
export const badInput = (fields: Record<string, string>, message?: string) =>
  new AppError('BAD_INPUT', message ?? firstMessage(fields), { fields });

function firstMessage(fields: Record<string, string>): string {
  return Object.values(fields)[0] ?? errorText.BAD_INPUT;
}
