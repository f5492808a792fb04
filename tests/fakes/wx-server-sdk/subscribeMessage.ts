/**
 * A fake of `cloud.openapi.subscribeMessage.send`, as WeChat documents it:
 * https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/mp-message-management/subscribe-message/sendMessage.html
 *
 * - params (cloud call, camelCase): touser (required), templateId (required), page (optional: a page of
 *   the released app.json, with a query), data (required: { "<keyword>": { value } } with every keyword
 *   of the template), miniprogramState (developer | trial | formal, default formal), lang (zh_CN, en_US,
 *   zh_HK, zh_TW; default zh_CN).
 * - errcodes: 40003 touser empty or wrong; 40037 template id empty or wrong; 43101 the user has no
 *   consent (refused, or used up — one acceptance is one message); 47003 a data value empty or
 *   breaking its keyword's rule ("errmsg 会提示具体是哪个字段出错"); 41030 page not in the released version.
 * - A failing cloud call rejects (wx-server-sdk throws `errCode: … | errMsg: …`); success resolves
 *   { errCode: 0, errMsg: 'openapi.subscribeMessage.send:ok' }.
 *
 * The templates this mini program registered are the registry's (types/messages-templates.ts), each
 * under the id `fakeSubscribe.ids` gives it (tests put the same ids in WX_TEMPLATES). Every value is
 * judged by the keyword type's documented rule (types/messages-format.ts, the same validators the
 * formatter is property-tested against). The consent ledger is WeChat's side of requestSubscribeMessage.
 */
import { keywordProblem } from '../../../types/messages-format';
import { TEMPLATES, TEMPLATE_NAMES, type TemplateName } from '../../../types/messages-templates';
import { WxError, type CallLog } from '../calls';
import { pageOf } from '../wx/appConfig';

const API = 'openapi.subscribeMessage.send';

/** The template ids the fake mini program registered: `tmpl-<name>-id` for each template of the registry. */
export function fakeTemplateIds(): Record<TemplateName, string> {
  return Object.fromEntries(TEMPLATE_NAMES.map((name) => [name, `tmpl-${name}-id`])) as Record<TemplateName, string>;
}

export interface SentMessage {
  touser: string;
  templateId: string;
  template: TemplateName;
  page?: string;
  data: Record<string, { value: string }>;
  miniprogramState: string;
  lang: string;
}

export const fakeSubscribe = {
  /** template name → registered id */
  ids: fakeTemplateIds(),
  /** consents left per `${openid} ${templateId}`: what users accepted in requestSubscribeMessage */
  consents: new Map<string, number>(),
  /** messages WeChat accepted, in order */
  sent: [] as SentMessage[],
  grant(openId: string, template: TemplateName, n = 1): void {
    const key = `${openId} ${fakeSubscribe.ids[template]}`;
    fakeSubscribe.consents.set(key, (fakeSubscribe.consents.get(key) ?? 0) + n);
  },
  reset(): void {
    fakeSubscribe.ids = fakeTemplateIds();
    fakeSubscribe.consents.clear();
    fakeSubscribe.sent = [];
  },
};

function templateById(id: string): TemplateName | null {
  return TEMPLATE_NAMES.find((name) => fakeSubscribe.ids[name] === id) ?? null;
}

const STATES = ['developer', 'trial', 'formal'];
const LANGS = ['zh_CN', 'en_US', 'zh_HK', 'zh_TW'];

function refuse(errCode: number, reason: string): never {
  throw new WxError(errCode, `${API}:fail ${reason}`);
}

function check(params: Record<string, unknown>): SentMessage {
  const { touser, templateId, page, data } = params;
  const miniprogramState = params.miniprogramState ?? 'formal';
  const lang = params.lang ?? 'zh_CN';
  if (typeof touser !== 'string' || touser.trim() === '') refuse(40003, 'invalid openid');
  if (typeof templateId !== 'string' || templateId === '') refuse(40037, 'invalid template id');
  const template = templateById(templateId);
  if (!template) refuse(40037, 'invalid template id');
  // Not documented as errcodes: a wrong type or value here is an argument error like 47003's.
  if (typeof miniprogramState !== 'string' || !STATES.includes(miniprogramState)) refuse(47001, `argument invalid! miniprogram_state ${String(miniprogramState)}`);
  if (typeof lang !== 'string' || !LANGS.includes(lang)) refuse(47001, `argument invalid! lang ${String(lang)}`);
  if (page !== undefined && (typeof page !== 'string' || page.startsWith('/') || pageOf(page) === null)) refuse(41030, `invalid page ${String(page)}`);
  if (typeof data !== 'object' || data === null || Array.isArray(data)) refuse(47003, 'argument invalid! data is empty');
  const values = data as Record<string, unknown>;
  for (const key of Object.keys(TEMPLATES[template].keywords)) {
    const entry = values[key];
    const value = typeof entry === 'object' && entry !== null ? (entry as { value?: unknown }).value : undefined;
    const problem = keywordProblem(key, value);
    if (problem) refuse(47003, `argument invalid! ${problem}`);
  }
  return { touser, templateId, template, page: page as string | undefined, data: values as Record<string, { value: string }>, miniprogramState, lang };
}

export function subscribeMessageApi(log: CallLog) {
  return {
    async send(params: Record<string, unknown>): Promise<{ errCode: number; errMsg: string }> {
      try {
        const message = check(params ?? {});
        const key = `${message.touser} ${message.templateId}`;
        const left = fakeSubscribe.consents.get(key) ?? 0;
        if (left <= 0) refuse(43101, 'user refuse to accept the msg');
        fakeSubscribe.consents.set(key, left - 1);
        fakeSubscribe.sent.push(message);
        log.record(API, params, 'ok');
        return { errCode: 0, errMsg: `${API}:ok` };
      } catch (err) {
        if (err instanceof WxError) log.record(API, params, { errCode: err.errCode, errMsg: err.errMsg });
        throw err;
      }
    },
  };
}
