import Taro from '@tarojs/taro';
import { postApi } from './api';
import { POST_REMINDER_TEMPLATE, SUBSCRIBE_TEMPLATE_IDS } from './templates';

/** A post reminder for the seller; see askConsent. */
export function askReminderConsent(): Promise<boolean | null> {
  return askConsent(POST_REMINDER_TEMPLATE);
}

/**
 * Asks for one message of `template` (WeChat's one-time subscription: one acceptance = one message) and
 * reports the answer with `post.consent`. WeChat only allows `requestSubscribeMessage` synchronously
 * inside a tap (Taro #5065: "can only be invoked by user TAP gesture"), so a tap handler must call
 * this FIRST, before any await; the returned promise settles later and never rejects.
 * In the browser there is no prompt: the due post shows in the app's "due now" list instead.
 */
export function askConsent(template: string): Promise<boolean | null> {
  if (process.env.TARO_ENV !== 'weapp') return Promise.resolve(null);
  const tmplId = SUBSCRIBE_TEMPLATE_IDS[template];
  let asked: Promise<Record<string, string>>;
  try {
    asked = Taro.requestSubscribeMessage({ tmplIds: [tmplId] } as Taro.requestSubscribeMessage.Option) as unknown as Promise<Record<string, string>>;
  } catch {
    return Promise.resolve(null);
  }
  return Promise.resolve(asked)
    .then(async (answer) => {
      const accepted = answer?.[tmplId] === 'accept';
      await postApi.consent(accepted, template).catch(() => undefined);
      return accepted;
    })
    .catch(() => null);
}
