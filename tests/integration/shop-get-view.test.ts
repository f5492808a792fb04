import type { ShopWithProducts } from '../../types/shop';
import { DEV_IDENTITIES } from '../../types/functions';
import { listActiveProducts } from '../../cloud/core/catalog/rows';
import { visibleShopView } from '../../cloud/core/content';
import { findShop, toShop } from '../../cloud/core/shops/rows';
import { hostPerFile } from './helpers/host';

// shop.get reads the shop, its products and their images' content-security statuses in one statement (jsonb
// rows). Its answer must stay exactly what the separate reads give: the shop row, the active products in page
// order (a carried one with its supplier's title, images and stock), and the images each viewer may see.
const host = hostPerFile({ seed: true });

/** The answer as the shop's separate reads assemble it (findShop, listActiveProducts, visibleShopView). */
async function separately(shopId: string, viewer: string | null): Promise<ShopWithProducts> {
  const row = (await findShop(host.db, shopId))!;
  return visibleShopView(host.db, { shop: toShop(row), products: await listActiveProducts(host.db, shopId) }, viewer === row.owner_openid);
}

async function check(url: string, status: 'pending' | 'pass' | 'risky') {
  await host.db.query(
    `INSERT INTO image_checks (url, owner_openid, scene, status, created_at, updated_at) VALUES ($1, 'x', 1, $2, now(), now())
     ON CONFLICT (url) DO UPDATE SET status = EXCLUDED.status`,
    [url, status],
  );
}

describe('shop.get answers as the separate reads do', () => {
  it('for a stranger, a friend and the owner, with rejected, waiting and carried images and an archived product', async () => {
    const shopId = host.demoShopId!;
    const before = await host.ok<ShopWithProducts>('shop', { action: 'get', shopId });
    const own = before.products.find((p) => p.source === null && p.images.length > 0)!;
    const carried = before.products.find((p) => p.source !== null)!;
    const archived = before.products.find((p) => p.id !== own.id && p.id !== carried.id)!;
    expect(carried.images.length).toBeGreaterThan(0);

    // a rejected image of the seller's own, a waiting one on the carried product, a rejected avatar, a passed QR
    await check(own.images[0], 'risky');
    await check(carried.images[0], 'pending');
    await host.db.query(`UPDATE shops SET avatar_url = '/demo/avatar-new.png', transfer_qr_url = '/demo/qr.png' WHERE id = $1`, [shopId]);
    await check('/demo/avatar-new.png', 'risky');
    await check('/demo/qr.png', 'pass');
    await host.db.query(`UPDATE products SET status = 'archived' WHERE id = $1`, [archived.id]);
    // timestamps with microseconds (as now() in SQL writes them) read to the same millisecond through jsonb
    await host.db.query(`UPDATE products SET updated_at = '2026-01-02 03:04:05.123789+00' WHERE id = $1`, [own.id]);
    await host.db.query(`UPDATE shops SET created_at = '2026-01-02 03:04:05.999999+08' WHERE id = $1`, [shopId]);

    const seller = DEV_IDENTITIES.seller;
    for (const viewer of [null, DEV_IDENTITIES.friend, seller]) {
      const answer = await host.ok<ShopWithProducts>('shop', { action: 'get', shopId }, viewer ?? undefined);
      expect(answer).toEqual(JSON.parse(JSON.stringify(await separately(shopId, viewer))));

      const ids = answer.products.map((p) => p.id);
      expect(ids).not.toContain(archived.id);
      expect(answer.products.map((p) => p.position)).toEqual([...answer.products.map((p) => p.position)].sort((a, b) => a - b));
      // the carried product's waiting image is its supplier's: hidden from everyone, its seller included
      expect(answer.products.find((p) => p.id === carried.id)!.images).not.toContain(carried.images[0]);
      const ownImages = answer.products.find((p) => p.id === own.id)!.images;
      if (viewer === seller) {
        expect(ownImages).toContain(own.images[0]);
        expect(answer.shop.avatarUrl).toBe('/demo/avatar-new.png');
      } else {
        expect(ownImages).not.toContain(own.images[0]);
        expect(answer.shop.avatarUrl).toBeNull();
      }
      expect(answer.shop.payment.transferQrUrl).toBe('/demo/qr.png');
    }
  });

  it('a shop with no products is the shop and an empty list; an unknown shop is NOT_FOUND', async () => {
    const empty = await host.ok<{ id: string }>('shop', { action: 'open', name: '刚开的小店' }, 'new-seller-1');
    const answer = await host.ok<ShopWithProducts>('shop', { action: 'get', shopId: empty.id });
    expect(answer).toEqual(JSON.parse(JSON.stringify(await separately(empty.id, null))));
    expect(answer.products).toEqual([]);
    const missing = await host.call('shop', { action: 'get', shopId: 'no-such-shop' });
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
