/**
 * Content security: every text other people will read is checked before it is stored, and every image
 * is checked before others see it (CONTRACT.md, Additions, "Content security").
 *
 * Production: WeChat's security.msgSecCheck (v2) and security.mediaCheckAsync (v2), whose scenes are
 * 1 资料, 2 评论, 3 论坛, 4 社交日志
 * (https://developers.weixin.qq.com/miniprogram/dev/server/API/sec-center/sec-check/api_msgseccheck.html,
 *  https://developers.weixin.qq.com/miniprogram/dev/server/API/sec-center/sec-check/api_mediacheckasync).
 * Locally: a deterministic stand-in (./local.ts).
 */

import type { ContentScene, Verdict } from '../runtime/ports';

/** WeChat's scene numbers, by what the text or image is to its readers (the port, runtime/ports.ts, names them). */
export const CONTENT_SCENE = {
  /** the shop's own profile: name, intro, avatar, transfer note and QR */
  profile: 1,
  /** reviews and the seller's replies */
  comment: 2,
  /** a product page: an article published for every friend who opens the shop */
  forum: 3,
  /** the text and pictures of a Moments post */
  social: 4,
} as const satisfies Record<ContentScene, number>;

export function isVerdict(value: unknown): value is Verdict {
  return value === 'pass' || value === 'review' || value === 'risky';
}
