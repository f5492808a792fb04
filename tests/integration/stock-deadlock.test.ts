import type { Order } from '../../types/order';
import type { Product } from '../../types/product';
import type { Shop } from '../../types/shop';
import type { SupplyProduct } from '../../types/supply';
import { handClock, hostPerFile, usingPostgres } from './helpers/host';
import { until, waitingLocks } from './helpers/interleave';

/**
 * Stock rows are locked in one global order — supply rows, then products, each by id — by every transaction,
 * however many orders it handles (issue 16 review). The timer expires a batch of unpaid orders in one
 * transaction; giving their stock back order by order (in order-id order) locked one order's supply row, then
 * another's, the other way round from an `order.create` taking both, and PostgreSQL killed one with 40P01.
 * The interleaving is driven, not hoped for: a third transaction holds the first order's payment row, so the
 * timer stops between the two orders; the create then takes its first row; the holder lets go.
 */
const clock = handClock('2026-11-30T06:00:00Z');
const host = hostPerFile({ clock });
const MIN = 60_000;

const address = { name: '王小明', phone: '13800138000', detail: '北京市海淀区中关村大街 1 号' };
let n = 0;

async function shopCarryingTwo() {
  const supplier = `dl-supplier-${++n}`;
  const seller = `dl-seller-${n}`;
  await host.ok('supply', { action: 'open', name: `秦岭蜂场${n}` }, supplier);
  const supply: SupplyProduct[] = [];
  for (const title of ['土蜂蜜', '核桃']) {
    supply.push(
      await host.ok<SupplyProduct>('supply', { action: 'create', title, story: '山里的', supplyPriceFen: 3800, minPriceFen: 5200, maxPriceFen: 6800, stock: 100 }, supplier),
    );
  }
  const shop = await host.ok<Shop>('shop', { action: 'open', name: `小店${n}` }, seller);
  await host.ok('shop', { action: 'update', payment: { wechatSubMchId: '1900000109' } }, seller);
  const carried: Product[] = [];
  for (const s of supply) carried.push(await host.ok<Product>('catalog', { action: 'carry', supplyProductId: s.id, priceFen: 5800 }, seller));
  // lo/hi by the supply row's id: the order every transaction must lock them in
  const [lo, hi] = supply[0].id < supply[1].id ? [0, 1] : [1, 0];
  return { shop, lo: { supply: supply[lo], product: carried[lo] }, hi: { supply: supply[hi], product: carried[hi] } };
}

const create = (shopId: string, items: { productId: string; qty: number }[], buyer: string) =>
  host.call<Order>('order', { action: 'create', shopId, items, address, idempotencyKey: `deadlock-${++n}` }, buyer);

interface Unpaid {
  order: Order;
  buyer: string;
}

async function unpaid(shopId: string, productId: string): Promise<Unpaid> {
  const buyer = `dl-buyer-${++n}`;
  const res = await create(shopId, [{ productId, qty: 1 }], buyer);
  if (!res.body.ok) throw new Error(JSON.stringify(res.body));
  // a payment asked for and never made: expiry abandons it (the row the holder below locks)
  await host.ok('order', { action: 'pay', orderId: res.body.data.id, method: 'wechat' }, buyer);
  return { order: res.body.data, buyer };
}

/** Two unpaid orders, the one with the smaller id holding the HIGHER supply row; any others made on the way are cancelled. */
async function crossedPair(w: Awaited<ReturnType<typeof shopCarryingTwo>>) {
  const onHi: Unpaid[] = [];
  const onLo: Unpaid[] = [];
  for (let i = 0; i < 20; i++) {
    onHi.push(await unpaid(w.shop.id, w.hi.product.id));
    onLo.push(await unpaid(w.shop.id, w.lo.product.id));
    for (const first of onHi)
      for (const second of onLo)
        if (first.order.id < second.order.id) {
          for (const o of [...onHi, ...onLo].filter((x) => x !== first && x !== second)) await host.ok('order', { action: 'cancel', orderId: o.order.id }, o.buyer);
          return { first, second };
        }
  }
  throw new Error('no crossed pair in 20 tries');
}

const supplyStock = async (id: string) => Number((await host.db.query<{ stock: number }>('SELECT stock FROM supply_products WHERE id = $1', [id]))[0].stock);
const waiting = () => waitingLocks(host.db);

type Tick = { ok: true; data: { jobs: { name: string; handled: number; error?: string }[] } };
const timer = (at: number): Promise<Tick> =>
  fetch(`${host.url}/api/dev/timer`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ now: new Date(at).toISOString() }) }).then(
    (r) => r.json() as Promise<Tick>,
  );
const expiry = (tick: Tick) => tick.data.jobs.find((j) => j.name === 'expireUnpaidOrders');

(usingPostgres ? it : it.skip)('the timer expiring orders that hold supply rows the other way round never deadlocks with a create taking both (PostgreSQL)', async () => {
  const w = await shopCarryingTwo();
  const { first, second } = await crossedPair(w);
  expect([await supplyStock(w.lo.supply.id), await supplyStock(w.hi.supply.id)]).toEqual([99, 99]);

  let letGo = () => {};
  const released = new Promise<void>((r) => (letGo = r));
  let holding = () => {};
  const held = new Promise<void>((r) => (holding = r));
  const holder = host.db.transaction(async (tx) => {
    await tx.query('SELECT id FROM payments WHERE order_id = $1 FOR UPDATE', [first.order.id]);
    holding();
    await released;
  });
  await held;

  // the timer: claims both orders and stops at the first one's payment (before the fix, holding its supply row)
  const tick = timer(clock.t + 31 * MIN);
  await until(async () => (await waiting()) >= 1);
  // a buyer takes both rows, lo first
  let createDone = false;
  const bought = create(w.shop.id, [{ productId: w.hi.product.id, qty: 1 }, { productId: w.lo.product.id, qty: 1 }], 'dl-racer').then((r) => {
    createDone = true;
    return r;
  });
  // before the fix the create waits on the row the timer holds; after it, the timer holds no stock row yet
  await until(async () => createDone || (await waiting()) >= 2);
  letGo();
  await holder;

  const [report, res] = await Promise.all([tick, bought]);
  expect(res.body).toMatchObject({ ok: true });
  expect(expiry(report)).toEqual({ name: 'expireUnpaidOrders', handled: 2 });
  for (const o of [first, second]) expect((await host.ok<Order>('order', { action: 'get', orderId: o.order.id }, o.buyer)).status).toBe('cancelled');
  // both expired orders' pieces are back; the racer holds one of each
  expect([await supplyStock(w.lo.supply.id), await supplyStock(w.hi.supply.id)]).toEqual([99, 99]);
});

it(`the timer expiring a batch gives each order's pieces back to the row they came from (${usingPostgres ? 'PostgreSQL' : 'PGlite'})`, async () => {
  clock.t += 24 * 60 * MIN;
  const w = await shopCarryingTwo();
  for (let i = 0; i < 3; i++) await unpaid(w.shop.id, w.hi.product.id);
  await unpaid(w.shop.id, w.lo.product.id);
  const racer = await create(w.shop.id, [{ productId: w.hi.product.id, qty: 2 }, { productId: w.lo.product.id, qty: 5 }], `dl-buyer-${++n}`);
  expect(racer.body).toMatchObject({ ok: true });
  expect([await supplyStock(w.lo.supply.id), await supplyStock(w.hi.supply.id)]).toEqual([94, 95]);
  clock.t += 31 * MIN;
  expect(expiry(await timer(clock.t))?.error).toBeUndefined();
  expect([await supplyStock(w.lo.supply.id), await supplyStock(w.hi.supply.id)]).toEqual([100, 100]);
});
