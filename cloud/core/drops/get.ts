import { dropIdSchema, type DropView } from '../../../types/drop';
import { dropText } from '../../../types/zh-CN/drops';
import { publicAction } from '../runtime/action';
import { notFound } from '../runtime/errors';
import { joinedTotals, latestJoiners } from './joined';
import { findDrop, toDrop } from './rows';

/**
 * Public, anonymous too: a drop's card is shared into a WeChat group and opened by friends who may not have
 * logged in. The count and pieces are always shown; the masked names only when the seller lets them be
 * (showJoiners), and always to the seller; the seller alone gets the joins per status (who has not paid yet).
 */
export const get = publicAction(dropIdSchema, async (ctx, { dropId }): Promise<DropView> => {
  const row = await findDrop(ctx.db, dropId);
  if (!row) throw notFound(dropText.dropNotFound);
  const viewer = ctx.caller.openId;
  const isOwner = viewer !== null && viewer === row.owner_openid;
  const { joinedCount, pieces, counts } = await joinedTotals(ctx.db, dropId);
  return {
    ...(isOwner ? { counts } : {}),
    drop: await toDrop(ctx.db, row, viewer, ctx.clock.now()),
    joiners: row.show_joiners || isOwner ? await latestJoiners(ctx.db, dropId) : [],
    joinedCount,
    pieces,
  };
});
