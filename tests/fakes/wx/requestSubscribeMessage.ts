/**
 * wx.requestSubscribeMessage: https://developers.weixin.qq.com/miniprogram/dev/api/open-api/subscribe-message/wx.requestSubscribeMessage.html
 * - 限制：仅在点击行为时调用 — outside a tap (after an await, in a timer) it fails with
 *   "requestSubscribeMessage:fail can only be invoked by user TAP gesture." (Taro issue #5065);
 * - tmplIds (required, Array): 1–3 template ids of this mini program ("一次调用最多可订阅3条消息";
 *   the page's newest revision says 5 on recent clients, the app keeps to 3, which every client takes);
 *   errCode 10001 empty, 20003 more than the maximum, 10004 not a string, 20001 an id the mini program
 *   did not register, 20004 the user switched subscription messages off;
 * - success: { errMsg: 'requestSubscribeMessage:ok', [tmplId]: 'accept' | 'reject' | 'ban' | 'filter' }
 *   ('filter': a second template with the same title in one call is filtered out).
 * The registered templates are the server fake's (../wx-server-sdk/subscribeMessage.ts): the same ids
 * the tests put in WX_TEMPLATES, with the registry's titles.
 */
import { TEMPLATES, TEMPLATE_NAMES } from '../../../types/messages-templates';
import { inTap } from '../tap';
import { fakeSubscribe } from '../wx-server-sdk/subscribeMessage';
import { expectType, fail, invoke, onReset } from './runtime';

export type SubscribeAnswer = 'accept' | 'reject' | 'ban';

export const subscribePanel = {
  /** what the user answers per template id; `answer` for the rest */
  answers: new Map<string, SubscribeAnswer>(),
  answer: 'accept' as SubscribeAnswer,
  /** the user's "接收订阅消息" main switch in the mini program's settings */
  mainSwitchOff: false,
  /** every prompt WeChat showed: the template ids in it */
  prompts: [] as string[][],
};

onReset(() => {
  subscribePanel.answers.clear();
  subscribePanel.answer = 'accept';
  subscribePanel.mainSwitchOff = false;
  subscribePanel.prompts = [];
});

const API = 'requestSubscribeMessage';
const MAX = 3;

function titleOf(id: string): string | null {
  const name = TEMPLATE_NAMES.find((n) => fakeSubscribe.ids[n] === id);
  return name ? TEMPLATES[name].title : null;
}

export function requestSubscribeMessage(opts?: Record<string, unknown>): unknown {
  return invoke(API, opts ?? {}, () => {
    if (!inTap()) fail(API, 'can only be invoked by user TAP gesture.');
    const tmplIds = (opts ?? {}).tmplIds;
    expectType(API, 'tmplIds', tmplIds, 'Array', true);
    const ids = tmplIds as unknown[];
    if (ids.length === 0) fail(API, "TmplIds can't be empty", { errCode: 10001 });
    if (ids.length > MAX) fail(API, 'Templates count out of max bounds', { errCode: 20003 });
    if (ids.some((id) => typeof id !== 'string' || id === '')) fail(API, 'Invalid template id', { errCode: 10004 });
    if (ids.some((id) => titleOf(id as string) === null)) fail(API, 'No template data return, verify the template id exist', { errCode: 20001 });
    if (subscribePanel.mainSwitchOff) fail(API, 'The main switch is switched off', { errCode: 20004 });
    subscribePanel.prompts.push(ids as string[]);
    const res: Record<string, string> = { errMsg: `${API}:ok` };
    const titles = new Set<string>();
    for (const id of ids as string[]) {
      const title = titleOf(id) as string;
      res[id] = titles.has(title) ? 'filter' : (subscribePanel.answers.get(id) ?? subscribePanel.answer);
      titles.add(title);
    }
    return res;
  });
}
