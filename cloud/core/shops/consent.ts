import { consentSchema } from '../../../types/messages-schemas';
import { addConsents } from '../consents';
import { authedAction } from '../runtime/action';

/**
 * What the caller answered to one requestSubscribeMessage prompt (up to 3 templates): each accepted
 * template allows one more message of it to the caller, whoever they are to the shop — a buyer asked
 * when placing or paying an order, a seller from the console, a friend following a shop. The app
 * reports WeChat's own answer; a false report can only earn its sender messages WeChat then refuses (43101).
 */
export const consent = authedAction(consentSchema, async (ctx, { answers }) => ({
  remaining: await addConsents(ctx.db, ctx.caller.openId, answers, ctx.clock.now()),
}));
