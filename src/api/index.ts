export { callFunction } from './client';
export { ApiError, isApiError, toApiError, unwrapEnvelope } from './envelope';
