import Taro from '@tarojs/taro';
import type { ActionName, ActionParams, ActionResult, FunctionName } from '../../types/functions';
import { badResponseError, networkError, unwrapEnvelope } from './envelope';

type Event = Record<string, unknown> & { action: string };

/** In WeChat: the cloud function itself; its `result` is the envelope. */
async function sendCloud(name: string, event: Event): Promise<unknown> {
  let response: Taro.cloud.CallFunctionResult;
  try {
    response = await Taro.cloud.callFunction({ name, data: event });
  } catch {
    throw networkError();
  }
  return response.result;
}

/** Elsewhere (H5, the local host): POST /api/fn/<name> on the same origin, cookies included. */
async function sendHttp(name: string, event: Event): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(`/api/fn/${encodeURIComponent(name)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(event),
      credentials: 'same-origin',
    });
  } catch {
    throw networkError();
  }
  try {
    // Error statuses (400, 404, 409…) carry the same envelope in their body.
    return await response.json();
  } catch {
    throw badResponseError();
  }
}

// Chosen at build time: the other transport is dropped from each bundle.
const send = process.env.TARO_ENV === 'weapp' ? sendCloud : sendHttp;

/**
 * The one way the app talks to the backend (CONTRACT.md). Resolves with the action's data;
 * rejects with an ApiError whose `message` is a zh-CN sentence the page can show as is.
 */
export async function callFunction<F extends FunctionName, A extends ActionName<F>>(
  name: F,
  action: A,
  params: ActionParams<F, A>,
): Promise<ActionResult<F, A>> {
  const event: Event = { ...(params as Record<string, unknown>), action };
  const raw = await send(name, event);
  return unwrapEnvelope<ActionResult<F, A>>(raw);
}
