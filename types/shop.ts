import { z } from 'zod';
import { clearableImageUrl, clearableText, int, optionalImageUrl, optionalText, requiredId, text } from './validation';
import { validationText } from './zh-CN/errors';
import { policyFieldText, shopFieldText } from './zh-CN/validation';
import type { Product } from './product';

export interface PostingPolicy {
  /** posts per calendar day in the shop's time zone */
  dailyMax: number;
  /** posts in any rolling 7 × 24 h */
  weeklyMax: number;
  /** minutes between any two posts */
  minGapMinutes: number;
  /** "HH:MM"; no posts from quietStart until quietEnd (may cross midnight) */
  quietStart: string;
  quietEnd: string;
  /** days before the same product may be posted again */
  productRepeatDays: number;
  /** IANA time zone the calendar rules are computed in */
  timeZone: string;
}

export const DEFAULT_POLICY: PostingPolicy = {
  dailyMax: 2,
  weeklyMax: 6,
  minGapMinutes: 240,
  quietStart: '22:00',
  quietEnd: '08:00',
  productRepeatDays: 3,
  timeZone: 'Asia/Shanghai',
};

/** The owner may tighten within these bounds, never loosen past them. */
export const POLICY_BOUNDS = {
  dailyMax: [1, 3],
  weeklyMax: [1, 10],
  minGapMinutes: [120, 1440],
  productRepeatDays: [1, 14],
} as const;

export const DEFAULT_PRODUCT_CAP = 30;

/** How buyers pay this shop. The merchant id itself stays on the server. */
export interface ShopPayment {
  /** the shop has a WeChat Pay (sub-)merchant account: buyers may pay with WeChat Pay */
  wechatPay: boolean;
  /** the seller's instructions for a transfer (shown to buyers at checkout) */
  transferNote: string;
  /** a QR code image for the transfer (the seller's WeChat or bank receiving code) */
  transferQrUrl: string | null;
  /** always sent by the backend; false when none of the above is set: `order.create` answers CONFLICT `no_payment_method` (issue 13) */
  acceptsOrders?: boolean;
}

export interface Shop {
  id: string;
  name: string;
  intro: string;
  avatarUrl: string | null;
  productCap: number;
  policy: PostingPolicy;
  payment: ShopPayment;
  createdAt: string;
}

export interface ShopWithProducts {
  shop: Shop;
  products: Product[];
}

/** A shop on a friend's launch page: one they follow, or muted (shop.following). */
export interface FollowedShop {
  id: string;
  name: string;
  avatarUrl: string | null;
  state: 'following' | 'muted';
}

const TIME_RE = /^([01]\d|2[0-3]):[0-5]\d$/;

function clock(label: string) {
  return text(label, 5).superRefine((s, ctx) => {
    if (s && !TIME_RE.test(s)) ctx.addIssue({ code: 'custom', message: validationText.time(label), params: { kind: 'invalid' } });
  });
}

export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

function minutesOf(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return h * 60 + m;
}

/**
 * Quiet hours [start, end) may cross midnight. They must contain 00:00–06:00 so that no
 * seller's policy can ever put a post in friends' feeds in the middle of the night.
 */
export function quietCoversNight(quietStart: string, quietEnd: string): boolean {
  const start = minutesOf(quietStart);
  const end = minutesOf(quietEnd);
  const sixAm = 6 * 60;
  if (start === end) return false;
  if (start > end) return end >= sixAm; // crosses midnight: [start, 24:00) ∪ [00:00, end)
  return start === 0 && end >= sixAm;
}

const L = policyFieldText;

/** A partial policy as sent by `shop.update`; each present field is checked against its bound. */
export const policyPatchSchema = z
  .object(
    {
      dailyMax: int(L.dailyMax, ...POLICY_BOUNDS.dailyMax).optional(),
      weeklyMax: int(L.weeklyMax, ...POLICY_BOUNDS.weeklyMax).optional(),
      minGapMinutes: int(L.minGapMinutes, ...POLICY_BOUNDS.minGapMinutes).optional(),
      quietStart: clock(L.quietStart).optional(),
      quietEnd: clock(L.quietEnd).optional(),
      productRepeatDays: int(L.productRepeatDays, ...POLICY_BOUNDS.productRepeatDays).optional(),
      timeZone: text(L.timeZone, 64)
        .superRefine((s, ctx) => {
          if (s && !isTimeZone(s)) ctx.addIssue({ code: 'custom', message: validationText.timeZone(L.timeZone), params: { kind: 'invalid' } });
        })
        .optional(),
    },
    { error: validationText.invalid(L.policy) },
  );

export type PolicyPatch = z.infer<typeof policyPatchSchema>;

/**
 * Rules that span fields, checked on the policy as it would be after a patch.
 * Returns field → message, empty when the policy is acceptable.
 */
export function policyProblems(policy: PostingPolicy): Record<string, string> {
  const problems: Record<string, string> = {};
  if (!quietCoversNight(policy.quietStart, policy.quietEnd)) {
    problems['policy.quietStart'] = validationText.quietCover;
    problems['policy.quietEnd'] = validationText.quietCover;
  }
  return problems;
}

export const shopOpenSchema = z.object({
  name: text(shopFieldText.name, 30),
  intro: optionalText(shopFieldText.intro, 500),
  avatarUrl: optionalImageUrl(shopFieldText.avatar),
});

export const shopGetSchema = z.object({
  shopId: requiredId(shopFieldText.shop),
});

export const shopMineSchema = z.object({});

export const shopPaymentPatchSchema = z.object(
  {
    wechatSubMchId: clearableText(shopFieldText.wechatSubMchId, 20).superRefine((s, ctx) => {
      if (typeof s === 'string' && !/^\d{8,12}$/.test(s)) ctx.addIssue({ code: 'custom', message: validationText.invalid(shopFieldText.wechatSubMchId), params: { kind: 'invalid' } });
    }),
    transferNote: clearableText(shopFieldText.transferNote, 300),
    transferQrUrl: clearableImageUrl(shopFieldText.transferQr),
  },
  { error: validationText.invalid(shopFieldText.payment) },
);

export const shopUpdateSchema = z.object({
  /** optional: the caller's own shop is meant; if given it must be theirs */
  shopId: requiredId(shopFieldText.shop).optional(),
  name: text(shopFieldText.name, 30).optional(),
  /** null clears the intro or the avatar; absent or blank leaves them */
  intro: clearableText(shopFieldText.intro, 500),
  avatarUrl: clearableImageUrl(shopFieldText.avatar),
  policy: policyPatchSchema.optional(),
  payment: shopPaymentPatchSchema.optional(),
  /** days after an order completes before its follow-up is due */
  followUpDays: int(shopFieldText.followUpDays, 1, 60).optional(),
});

export type ShopOpenInput = z.infer<typeof shopOpenSchema>;
export type ShopUpdateInput = z.infer<typeof shopUpdateSchema>;
