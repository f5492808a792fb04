import Taro from '@tarojs/taro';
import type { TemplateName } from '../../../types/messages-template-names';
import { callFunction } from '../../api';
import { templateIds } from './templates';

export interface ConsentAnswer {
  template: TemplateName;
  accepted: boolean;
}

/** WeChat asks for at most 3 templates in one prompt (wx.requestSubscribeMessage, tmplIds). */
const MAX_PER_PROMPT = 3;

/**
 * Asks for one message of each template (WeChat's one-time subscription: one acceptance = one message)
 * and reports the answers with `shop.consent`, which the backend spends one by one.
 * WeChat shows the prompt only as the direct result of a tap
 * (https://developers.weixin.qq.com/miniprogram/dev/api/open-api/subscribe-message/wx.requestSubscribeMessage.html;
 * Taro #5065: "can only be invoked by user TAP gesture"), so a tap handler must call this FIRST,
 * before any await; the returned promise settles later and never rejects (null: nothing was asked —
 * the browser, no template id configured, or WeChat refused to show the prompt).
 */
export function askConsent(templates: readonly TemplateName[]): Promise<ConsentAnswer[] | null> {
  if (process.env.TARO_ENV !== 'weapp') return Promise.resolve(null);
  const ids = templateIds();
  const asked = templates.filter((t) => ids[t]).slice(0, MAX_PER_PROMPT);
  if (asked.length === 0) return Promise.resolve(null);
  const tmplIds = asked.map((t) => ids[t] as string);
  let prompt: Promise<Record<string, string>>;
  try {
    prompt = Taro.requestSubscribeMessage({ tmplIds } as Taro.requestSubscribeMessage.Option) as unknown as Promise<Record<string, string>>;
  } catch {
    return Promise.resolve(null);
  }
  return Promise.resolve(prompt)
    .then(async (res) => {
      // 'accept' only: 'reject', 'ban' (blocked by WeChat) and 'filter' (same title) allow nothing
      const answers = asked.map((template, i) => ({ template, accepted: res?.[tmplIds[i]] === 'accept' }));
      await callFunction('shop', 'consent', { answers }).catch(() => undefined);
      return answers;
    })
    .catch(() => null);
}

/**
 * One template's consent (the follow and post-reminder taps). Resolves whether it was accepted, or null when
 * nothing was asked. Call it first in the tap, before any await, like askConsent.
 */
export function askOneConsent(template: TemplateName): Promise<boolean | null> {
  return askConsent([template]).then((answers) => (answers ? answers[0]?.accepted ?? false : null));
}
