import * as cloud from 'wx-server-sdk';
import { CONTENT_SCENE, isVerdict } from '../core/content/port';
import type { ContentSecurity, ImageSubmission, Verdict } from '../core/runtime/ports';

/**
 * WeChat's content security as the cloud functions reach it (cloud calls: "出入参和 HTTPS 调用相同").
 *
 * security.msgSecCheck v2 — https://developers.weixin.qq.com/miniprogram/dev/server/API/sec-center/sec-check/api_msgseccheck.html
 *   { content (≤ 2500 字, UTF-8), version: 2, scene: 1 资料 | 2 评论 | 3 论坛 | 4 社交日志, openid (用户需在近两小时访问过小程序) }
 *   → { errcode, result: { suggest: 'risky' | 'pass' | 'review', label }, detail, trace_id }.
 * security.mediaCheckAsync v2 — https://developers.weixin.qq.com/miniprogram/dev/server/API/sec-center/sec-check/api_mediacheckasync
 *   { media_url (must be downloadable by WeChat), media_type: 2 (图片), version: 2, scene, openid } → { trace_id };
 *   the verdict is pushed within 30 minutes as the `wxa_media_check` event (see mediaCheck/index.ts).
 * Through the cloud call the SDK answers camelCase (errCode, traceId), WeChat's community staff confirmed
 * for mediaCheckAsync ("https调用和云调用返回的不一样"), so both spellings are read.
 */

/** Cloud-storage file ids (cloud://…) are not URLs WeChat can download; a temporary link is. */
async function downloadable(url: string): Promise<string> {
  if (!url.startsWith('cloud://')) return url;
  // https://developers.weixin.qq.com/miniprogram/dev/wxcloudservice/wxcloud/reference-sdk-api/storage/Cloud.getTempFileURL.html
  const res = await cloud.getTempFileURL({ fileList: [url] });
  const file = res.fileList.find((f) => f.fileID === url);
  if (!file || file.status !== 0 || !file.tempFileURL) throw new Error(`getTempFileURL: ${file?.errMsg ?? 'no link'}`);
  return file.tempFileURL;
}

function errorCode(res: { errCode?: number; errcode?: number }): number {
  return res.errCode ?? res.errcode ?? 0;
}

export function wxContentSecurity(): ContentSecurity {
  return {
    async checkText(openId, text, scene): Promise<Verdict> {
      const res = await cloud.openapi.security.msgSecCheck({ content: text, version: 2, scene: CONTENT_SCENE[scene], openid: openId });
      const suggest = res.result?.suggest;
      if (errorCode(res) !== 0 || !isVerdict(suggest)) throw new Error(`msgSecCheck answered errcode ${errorCode(res)} without a verdict`);
      return suggest;
    },
    async submitImage(openId, url, scene): Promise<ImageSubmission> {
      const res = await cloud.openapi.security.mediaCheckAsync({
        media_url: await downloadable(url),
        media_type: 2,
        version: 2,
        scene: CONTENT_SCENE[scene],
        openid: openId,
      });
      const traceId = res.traceId ?? res.trace_id;
      if (errorCode(res) !== 0 || !traceId) throw new Error(`mediaCheckAsync answered errcode ${errorCode(res)} without a trace id`);
      return { traceId };
    },
  };
}
