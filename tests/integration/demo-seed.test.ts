import { demoCarried, demoColleagues, demoDrop, demoSupplier, demoSupplyProduct } from '../../cloud/core/demo/content';
import type { Drop, DropView } from '../../types/drop';
import { DEV_IDENTITIES } from '../../types/functions';
import type { ShopWithProducts } from '../../types/shop';
import type { SupplierSeller, SupplyProductPage } from '../../types/supply';
import { hostPerFile } from './helpers/host';

// What `npm start` shows a newcomer of issue 16: the uncle's honey, listed once by him, carried by 林晓's shop and
// two colleagues' shops at their own prices, shipped by him.
const host = hostPerFile({ seed: true });

describe('the demo seed carries the uncle’s honey', () => {
  it('shows it in the demo shop at 林晓’s price, with her words first and the uncle as the one who ships', async () => {
    const { products } = await host.ok<ShopWithProducts>('shop', { action: 'get', shopId: host.demoShopId }, DEV_IDENTITIES.friend);
    const honey = products.find((p) => p.source !== null);
    expect(honey).toMatchObject({
      title: demoSupplyProduct.title,
      priceFen: demoCarried.priceFen,
      story: demoCarried.story,
      stock: demoSupplyProduct.stock,
      proofImages: demoSupplyProduct.proofImages,
      source: { supplierName: demoSupplier.name, shipWithinHours: demoSupplyProduct.shipWithinHours },
    });
    // a friend never sees what 林晓 owes her uncle
    expect(honey?.source?.supplyPriceFen).toBeUndefined();
    // her own produce stays her own
    expect(products.filter((p) => p.source === null)).toHaveLength(3);
  });

  it('lets the uncle see the three shops that carry it, and its supply price', async () => {
    const page = await host.ok<SupplyProductPage>('supply', { action: 'list' }, DEV_IDENTITIES.supplier);
    expect(page.products).toHaveLength(1);
    expect(page.products[0]).toMatchObject({ title: demoSupplyProduct.title, carriedBy: 1 + demoColleagues.length, supplyPriceFen: demoSupplyProduct.supplyPriceFen });
    const sellers = await host.ok<SupplierSeller[]>('supply', { action: 'sellers' }, DEV_IDENTITIES.supplier);
    expect(sellers.map((s) => s.shopName).sort()).toEqual(['林晓的商洛山货', ...demoColleagues.map((c) => c.name)].sort());
    expect(sellers.flatMap((s) => s.products.map((p) => p.priceFen)).sort()).toEqual([demoCarried.priceFen, ...demoColleagues.map((c) => c.priceFen)].sort());
  });

  it('has an open drop, so `npm start` shows one: its products, two pickup points and a cutoff days ahead at 20:00 Beijing time', async () => {
    const { drops } = await host.ok<{ drops: Drop[] }>('drop', { action: 'listShop', shopId: host.demoShopId }, DEV_IDENTITIES.friend);
    expect(drops).toHaveLength(1);
    const view = await host.ok<DropView>('drop', { action: 'get', dropId: drops[0].id });
    expect(view.drop).toMatchObject({ title: demoDrop.title, status: 'open', fulfilment: demoDrop.fulfilment });
    expect(view.drop.items.map((i) => [i.title, i.limitPerBuyer])).toEqual(demoDrop.items.map((i) => [i.title, i.limitPerBuyer]));
    const closesAt = new Date(view.drop.closesAt);
    const daysAhead = (closesAt.getTime() - Date.now()) / 86_400_000;
    expect(daysAhead).toBeGreaterThan(demoDrop.closesInDays - 1);
    expect(daysAhead).toBeLessThanOrEqual(14);
    expect((closesAt.getUTCHours() + 8) % 24).toBe(20);
    expect(closesAt.getUTCMinutes()).toBe(0);
  });
});
