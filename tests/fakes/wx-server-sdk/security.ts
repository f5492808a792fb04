import { CallLog, WxError } from '../calls';

/**
 * security.msgSecCheck and security.mediaCheckAsync (v2) as WeChat answers them through the cloud call
 * ("出入参和 HTTPS 调用相同"):
 *
 * msgSecCheck — https://developers.weixin.qq.com/miniprogram/dev/server/API/sec-center/sec-check/api_msgseccheck.html
 *   content: required string, "文本字数的上限为2500字"; version: required, "2.0版本为固定值2";
 *   scene: required, 1 资料 / 2 评论 / 3 论坛 / 4 社交日志 (else 40129 "场景值错误");
 *   openid: required, "用户需在近两小时访问过小程序" (invalid → 40003, not visited lately → 61010);
 *   title, nickname, signature: optional strings (signature only means something for scene 1).
 *   Empty parameter → 44002; wrong format → 47001. Answer: result { suggest: risky | pass | review, label },
 *   detail[], trace_id; label 100 正常, 20001 时政, … (the SDK answers errCode/errMsg/traceId, camelCase).
 * mediaCheckAsync — https://developers.weixin.qq.com/miniprogram/dev/server/API/sec-center/sec-check/api_mediacheckasync
 *   media_url: required, an address WeChat can download ("media_url 需要保证可以被检测服务器下载"; a cloud://
 *   file id is not one, WeChat's community staff confirmed); media_type: 1 音频 / 2 图片; version 2; scene;
 *   openid as above. Answer: trace_id (the SDK: traceId), the verdict pushed later as `wxa_media_check`.
 * The SDK rejects with errCode/errMsg rather than resolving the error JSON (as the other fakes do).
 *
 * Verdicts: a text holding 【违规测试】 is risky, one holding 【人工审核】 gets `review`, anything else passes.
 */
export const RISKY_MARKER = '【违规测试】';
export const REVIEW_MARKER = '【人工审核】';

export interface MediaCheckRequest {
  traceId: string;
  mediaUrl: string;
  openid: string;
  scene: number;
}

export const securityFake = {
  /** openids that "visited the mini program in the last two hours"; null: everyone did */
  recentVisitors: null as Set<string> | null,
  /** every image accepted for checking, for tests to push WeChat's verdict on */
  mediaRequests: [] as MediaCheckRequest[],
  reset(): void {
    securityFake.recentVisitors = null;
    securityFake.mediaRequests.length = 0;
  },
  /** The `wxa_media_check` push WeChat would send for one request (v2 shape from the doc above). */
  push(traceId: string, suggest: 'pass' | 'review' | 'risky'): Record<string, unknown> {
    const label = suggest === 'pass' ? 100 : 20002;
    return {
      ToUserName: 'gh_fake',
      FromUserName: securityFake.mediaRequests.find((r) => r.traceId === traceId)?.openid ?? 'o-fake',
      CreateTime: 1764400000,
      MsgType: 'event',
      Event: 'wxa_media_check',
      appid: 'wx-fake-appid',
      trace_id: traceId,
      version: 2,
      detail: [{ strategy: 'content_model', errcode: 0, suggest, label, prob: 90 }],
      errcode: 0,
      errmsg: 'ok',
      result: { suggest, label },
    };
  },
};

const SCENES = [1, 2, 3, 4];
let traceSeq = 0;
const nextTrace = () => `fake-trace-${(traceSeq += 1).toString(16).padStart(8, '0')}`;

function codePoints(s: string): number {
  return [...s].length;
}

export function securityApi(log: CallLog) {
  function failer(api: string, args: unknown) {
    return (errCode: number, errMsg: string): never => {
      log.record(api, args, { errCode, errMsg });
      throw new WxError(errCode, `${api}:fail ${errMsg}`);
    };
  }

  function checkCommon(args: Record<string, unknown>, fail: (c: number, m: string) => never) {
    if (args.version === undefined) fail(44002, 'empty param: version');
    if (args.version !== 2) fail(47001, 'data format error: version must be 2');
    if (args.scene === undefined) fail(44002, 'empty param: scene');
    if (typeof args.scene !== 'number' || !SCENES.includes(args.scene)) fail(40129, 'invalid scene');
    if (args.openid === undefined || args.openid === '') fail(44002, 'empty param: openid');
    if (typeof args.openid !== 'string') fail(40003, 'invalid openid');
    if (securityFake.recentVisitors && !securityFake.recentVisitors.has(args.openid as string)) fail(61010, 'user access log timeout');
  }

  return {
    async msgSecCheck(args: Record<string, unknown>) {
      const api = 'openapi.security.msgSecCheck';
      const fail = failer(api, args);
      if (args.content === undefined || args.content === '') fail(44002, 'empty param: content');
      if (typeof args.content !== 'string') fail(47001, 'data format error: content');
      if (codePoints(args.content as string) > 2500) fail(47001, 'data format error: content over 2500');
      checkCommon(args, fail);
      for (const k of ['title', 'nickname', 'signature']) {
        if (args[k] !== undefined && typeof args[k] !== 'string') fail(47001, `data format error: ${k}`);
      }
      const content = args.content as string;
      const suggest = content.includes(RISKY_MARKER) ? 'risky' : content.includes(REVIEW_MARKER) ? 'review' : 'pass';
      const label = suggest === 'pass' ? 100 : 20001;
      log.record(api, args, 'ok');
      return {
        errCode: 0,
        errMsg: `${api}:ok`,
        result: { suggest, label },
        detail: [{ strategy: 'content_model', errcode: 0, suggest, label, prob: 90 }],
        traceId: nextTrace(),
      };
    },

    async mediaCheckAsync(args: Record<string, unknown>) {
      const api = 'openapi.security.mediaCheckAsync';
      const fail = failer(api, args);
      if (args.media_url === undefined || args.media_url === '') fail(44002, 'empty param: media_url');
      if (typeof args.media_url !== 'string' || !/^https?:\/\/\S+$/.test(args.media_url)) fail(47001, 'data format error: media_url must be a downloadable http(s) url');
      if (args.media_type === undefined) fail(44002, 'empty param: media_type');
      if (args.media_type !== 1 && args.media_type !== 2) fail(47001, 'data format error: media_type');
      checkCommon(args, fail);
      const traceId = nextTrace();
      securityFake.mediaRequests.push({ traceId, mediaUrl: args.media_url as string, openid: args.openid as string, scene: args.scene as number });
      log.record(api, args, 'ok');
      return { errCode: 0, errMsg: `${api}:ok`, traceId };
    },
  };
}
