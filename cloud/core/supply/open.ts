import { supplyOpenSchema } from '../../../types/supply';
import { supplyText } from '../../../types/zh-CN/supply';
import { checkTexts } from '../content';
import { newId } from '../ids';
import { authedAction } from '../runtime/action';
import { conflict } from '../runtime/errors';
import { SUPPLY_LABELS } from './labels';
import { toSupplier, type SupplierRow } from './rows';

/**
 * One supplier per identity; the unique owner column settles a race between two opens. Its name and
 * intro are read by every seller browsing supply, so they pass WeChat's content check first.
 */
export const open = authedAction(supplyOpenSchema, async (ctx, input) => {
  const openId = ctx.caller.openId;
  await checkTexts(ctx, openId, [
    { field: 'name', label: SUPPLY_LABELS.name, text: input.name, scene: 'profile' },
    { field: 'intro', label: SUPPLY_LABELS.intro, text: input.intro, scene: 'profile' },
  ]);
  const rows = await ctx.db.query<SupplierRow>(
    `INSERT INTO suppliers (id, owner_openid, name, intro, contact, created_at) VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (owner_openid) DO NOTHING RETURNING *`,
    [newId('su'), openId, input.name, input.intro ?? '', input.contact ?? '', ctx.clock.now()],
  );
  if (rows.length === 0) throw conflict(supplyText.supplierExists);
  ctx.log.info('supplier opened', { supplierId: rows[0].id });
  return toSupplier(rows[0]);
});
