import { functions } from '../../cloud/core/functions';
import { ERROR_STATUS, type ErrorCode } from '../../types/errors';
import type { Order } from '../../types/order';
import type { Post } from '../../types/post';
import type { Product } from '../../types/product';
import type { Shop } from '../../types/shop';
import type { SupplyProduct } from '../../types/supply';
import type { Drop } from '../../types/drop';
import { handClock, hostPerFile } from './helpers/host';

/**
 * The authorization matrix: every action of every function × every kind of caller, with the expected
 * answer for each cell, from this one table. An action added to the backend without a row here fails
 * the suite. Each cell runs on a fresh fixture, with the order already in the state the action needs,
 * so a refusal can only come from who is asking.
 */
type Role = 'anonymous' | 'friend' | 'buyer' | 'owner' | 'otherOwner';
type Expect = 'ok' | ErrorCode;
const ROLES: Role[] = ['anonymous', 'friend', 'buyer', 'owner', 'otherOwner'];

interface Fixture {
  ids: Record<Exclude<Role, 'anonymous'>, string>;
  shop: Shop;
  product: Product;
  second: Product;
  archived: Product;
  post: Post;
  order(status: 'pending_payment' | 'awaiting_confirmation' | 'paid' | 'shipped' | 'completed' | 'reviewed' | 'after_sale'): Promise<Order>;
  /** the buyer as a customer of the shop (made from an order) */
  customer(): Promise<string>;
  /** a completed order whose follow-up is due */
  dueFollowUp(): Promise<string>;
  /** the owner and the other owner as suppliers too (an identity may be both), and a supply product of the owner's */
  supply(): Promise<SupplyProduct>;
  /** a paid order of the owner's shop for a product it carries from the other owner's supply: the other owner ships it */
  supplierOrder(): Promise<Order>;
  /** an open drop (issue 17) of the owner's shop, with the product and two pickup points */
  drop(): Promise<Drop>;
}

interface Row {
  fn: string;
  action: string;
  /** the event for this cell, built on a fresh fixture */
  event: (fx: Fixture) => Promise<Record<string, unknown>> | Record<string, unknown>;
  expect: [Expect, Expect, Expect, Expect, Expect]; // anonymous, friend, buyer, owner, otherOwner
}

const address = { name: '李四', phone: '13900139000', detail: '上海市徐汇区漕溪北路 1 号' };
const at = '2026-11-25T10:00:00+08:00';

const MATRIX: Row[] = [
  { fn: 'shop', action: 'open', event: () => ({ name: '新开的店' }), expect: ['UNAUTHENTICATED', 'ok', 'ok', 'CONFLICT', 'CONFLICT'] },
  { fn: 'shop', action: 'get', event: (fx) => ({ shopId: fx.shop.id }), expect: ['ok', 'ok', 'ok', 'ok', 'ok'] },
  { fn: 'shop', action: 'mine', event: () => ({}), expect: ['UNAUTHENTICATED', 'NOT_FOUND', 'NOT_FOUND', 'ok', 'ok'] },
  { fn: 'shop', action: 'update', event: (fx) => ({ shopId: fx.shop.id, name: '改名' }), expect: ['UNAUTHENTICATED', 'FORBIDDEN', 'FORBIDDEN', 'ok', 'FORBIDDEN'] },
  { fn: 'shop', action: 'follow', event: (fx) => ({ shopId: fx.shop.id, state: 'following' }), expect: ['UNAUTHENTICATED', 'ok', 'ok', 'ok', 'ok'] },
  { fn: 'shop', action: 'followState', event: (fx) => ({ shopId: fx.shop.id }), expect: ['UNAUTHENTICATED', 'ok', 'ok', 'ok', 'ok'] },
  { fn: 'shop', action: 'consent', event: () => ({ answers: [{ template: 'order_status', accepted: true }] }), expect: ['UNAUTHENTICATED', 'ok', 'ok', 'ok', 'ok'] },
  { fn: 'shop', action: 'followers', event: () => ({}), expect: ['UNAUTHENTICATED', 'FORBIDDEN', 'FORBIDDEN', 'ok', 'ok'] },
  { fn: 'shop', action: 'following', event: () => ({}), expect: ['UNAUTHENTICATED', 'ok', 'ok', 'ok', 'ok'] },

  { fn: 'catalog', action: 'create', event: () => ({ title: '新品', priceFen: 100, stock: 1, story: '故事' }), expect: ['UNAUTHENTICATED', 'FORBIDDEN', 'FORBIDDEN', 'ok', 'ok'] },
  { fn: 'catalog', action: 'update', event: (fx) => ({ productId: fx.product.id, priceFen: 999 }), expect: ['UNAUTHENTICATED', 'FORBIDDEN', 'FORBIDDEN', 'ok', 'FORBIDDEN'] },
  { fn: 'catalog', action: 'archive', event: (fx) => ({ productId: fx.product.id }), expect: ['UNAUTHENTICATED', 'FORBIDDEN', 'FORBIDDEN', 'ok', 'FORBIDDEN'] },
  { fn: 'catalog', action: 'restore', event: (fx) => ({ productId: fx.archived.id }), expect: ['UNAUTHENTICATED', 'NOT_FOUND', 'NOT_FOUND', 'ok', 'NOT_FOUND'] },
  { fn: 'catalog', action: 'move', event: (fx) => ({ productId: fx.product.id, direction: 'down' }), expect: ['UNAUTHENTICATED', 'FORBIDDEN', 'FORBIDDEN', 'ok', 'FORBIDDEN'] },
  { fn: 'catalog', action: 'get', event: (fx) => ({ productId: fx.product.id }), expect: ['ok', 'ok', 'ok', 'ok', 'ok'] },
  // an archived product's page stays public with its reviews (issue 12): ok for everyone
  { fn: 'catalog', action: 'get', event: (fx) => ({ productId: fx.archived.id }), expect: ['ok', 'ok', 'ok', 'ok', 'ok'] },
  { fn: 'catalog', action: 'listMine', event: () => ({}), expect: ['UNAUTHENTICATED', 'FORBIDDEN', 'FORBIDDEN', 'ok', 'ok'] },
  // the supply product is the owner's: the other owner's shop may carry it, the owner sells its own with catalog.create (issue 16)
  { fn: 'catalog', action: 'carry', event: async (fx) => ({ supplyProductId: (await fx.supply()).id, priceFen: 900 }), expect: ['UNAUTHENTICATED', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'ok'] },
  // a product the other owner carries from the owner's supply: its supplier does not set the seller's price
  {
    fn: 'catalog',
    action: 'update',
    event: async (fx) => {
      const carried = await host.ok<Product>('catalog', { action: 'carry', supplyProductId: (await fx.supply()).id, priceFen: 900 }, fx.ids.otherOwner);
      return { productId: carried.id, priceFen: 1000 };
    },
    expect: ['UNAUTHENTICATED', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'ok'],
  },
  // the supplier's field (title) of a product the owner carries from the other owner: whose product it is comes
  // before what is wrong with the fields, so a stranger, its supplier too, hears FORBIDDEN and only the owner BAD_INPUT
  {
    fn: 'catalog',
    action: 'update',
    event: async (fx) => {
      await fx.supply();
      const theirs = await host.ok<SupplyProduct>(
        'supply',
        { action: 'create', title: '蜂蜜', story: '故事', supplyPriceFen: 500, minPriceFen: 800, maxPriceFen: 1200, stock: 10 },
        fx.ids.otherOwner,
      );
      const carried = await host.ok<Product>('catalog', { action: 'carry', supplyProductId: theirs.id, priceFen: 900 }, fx.ids.owner);
      return { productId: carried.id, title: '改个名' };
    },
    expect: ['UNAUTHENTICATED', 'FORBIDDEN', 'FORBIDDEN', 'BAD_INPUT', 'FORBIDDEN'],
  },

  {
    fn: 'order',
    action: 'create',
    event: (fx) => ({ shopId: fx.shop.id, items: [{ productId: fx.product.id, qty: 1 }], address, idempotencyKey: `authz-${Math.random().toString(36).slice(2)}` }),
    expect: ['UNAUTHENTICATED', 'ok', 'ok', 'FORBIDDEN', 'ok'],
  },
  // joining a drop (issue 17): anyone but its own seller, as a shop order
  {
    fn: 'order',
    action: 'create',
    event: async (fx) => ({
      shopId: fx.shop.id,
      dropId: (await fx.drop()).id,
      items: [{ productId: fx.product.id, qty: 1 }],
      address: { name: address.name, phone: address.phone },
      fulfilment: { kind: 'pickup', pickupIndex: 0 },
      idempotencyKey: `authz-drop-${Math.random().toString(36).slice(2)}`,
    }),
    expect: ['UNAUTHENTICATED', 'ok', 'ok', 'FORBIDDEN', 'ok'],
  },
  // the code of the buyer's paid pickup join, typed by each: only the shop's owner hands it over; another shop finds nothing
  {
    fn: 'order',
    action: 'verifyPickup',
    event: async (fx) => {
      const drop = await fx.drop();
      const joined = await host.ok<Order>(
        'order',
        { action: 'create', shopId: fx.shop.id, dropId: drop.id, items: [{ productId: fx.product.id, qty: 1 }], address, fulfilment: { kind: 'delivery' }, idempotencyKey: `authz-vp-${Math.random().toString(36).slice(2)}` },
        fx.ids.buyer,
      );
      await host.ok('order', { action: 'pay', orderId: joined.id, method: 'transfer' }, fx.ids.buyer);
      const paid = await host.ok<Order>('order', { action: 'confirmPaid', orderId: joined.id }, fx.ids.owner);
      return { code: paid.pickupCode };
    },
    expect: ['UNAUTHENTICATED', 'FORBIDDEN', 'FORBIDDEN', 'ok', 'NOT_FOUND'],
  },
  { fn: 'order', action: 'get', event: async (fx) => ({ orderId: (await fx.order('pending_payment')).id }), expect: ['UNAUTHENTICATED', 'NOT_FOUND', 'ok', 'ok', 'NOT_FOUND'] },
  { fn: 'order', action: 'listMine', event: () => ({}), expect: ['UNAUTHENTICATED', 'ok', 'ok', 'ok', 'ok'] },
  { fn: 'order', action: 'listShop', event: () => ({}), expect: ['UNAUTHENTICATED', 'FORBIDDEN', 'FORBIDDEN', 'ok', 'ok'] },
  { fn: 'order', action: 'pay', event: async (fx) => ({ orderId: (await fx.order('pending_payment')).id, method: 'transfer' }), expect: ['UNAUTHENTICATED', 'NOT_FOUND', 'ok', 'FORBIDDEN', 'NOT_FOUND'] },
  { fn: 'order', action: 'confirmPaid', event: async (fx) => ({ orderId: (await fx.order('awaiting_confirmation')).id }), expect: ['UNAUTHENTICATED', 'NOT_FOUND', 'FORBIDDEN', 'ok', 'NOT_FOUND'] },
  { fn: 'order', action: 'rejectPaid', event: async (fx) => ({ orderId: (await fx.order('awaiting_confirmation')).id }), expect: ['UNAUTHENTICATED', 'NOT_FOUND', 'FORBIDDEN', 'ok', 'NOT_FOUND'] },
  { fn: 'order', action: 'ship', event: async (fx) => ({ orderId: (await fx.order('paid')).id, carrier: '顺丰', trackingNo: 'SF1' }), expect: ['UNAUTHENTICATED', 'NOT_FOUND', 'FORBIDDEN', 'ok', 'NOT_FOUND'] },
  { fn: 'order', action: 'confirmReceipt', event: async (fx) => ({ orderId: (await fx.order('shipped')).id }), expect: ['UNAUTHENTICATED', 'NOT_FOUND', 'ok', 'FORBIDDEN', 'NOT_FOUND'] },
  { fn: 'order', action: 'cancel', event: async (fx) => ({ orderId: (await fx.order('pending_payment')).id }), expect: ['UNAUTHENTICATED', 'NOT_FOUND', 'ok', 'ok', 'NOT_FOUND'] },
  {
    fn: 'order',
    action: 'requestAfterSale',
    event: async (fx) => ({ orderId: (await fx.order('shipped')).id, type: 'refund', reason: '坏了' }),
    expect: ['UNAUTHENTICATED', 'NOT_FOUND', 'ok', 'FORBIDDEN', 'NOT_FOUND'],
  },
  {
    fn: 'order',
    action: 'resolveAfterSale',
    event: async (fx) => ({ orderId: (await fx.order('after_sale')).id, approve: true }),
    expect: ['UNAUTHENTICATED', 'NOT_FOUND', 'FORBIDDEN', 'ok', 'NOT_FOUND'],
  },
  // a return (issue 13): the buyer sends it back once approved, the seller confirms once it was sent
  {
    fn: 'order',
    action: 'returnShipped',
    event: async (fx) => ({ orderId: (await approvedReturn(fx)).id, carrier: 'SF', trackingNo: 'SF2' }),
    expect: ['UNAUTHENTICATED', 'NOT_FOUND', 'ok', 'FORBIDDEN', 'NOT_FOUND'],
  },
  {
    fn: 'order',
    action: 'confirmReturn',
    event: async (fx) => {
      const order = await approvedReturn(fx);
      await host.ok('order', { action: 'returnShipped', orderId: order.id, carrier: 'SF', trackingNo: 'SF3' }, fx.ids.buyer);
      return { orderId: order.id };
    },
    expect: ['UNAUTHENTICATED', 'NOT_FOUND', 'FORBIDDEN', 'ok', 'NOT_FOUND'],
  },
  // a paid transfer the seller cancelled: its refund waits for the seller to send it back by hand (issue 13)
  {
    fn: 'order',
    action: 'refundSent',
    event: async (fx) => {
      const paid = await fx.order('paid');
      await host.ok('order', { action: 'cancel', orderId: paid.id }, fx.ids.owner);
      return { orderId: paid.id, note: '微信转回' };
    },
    expect: ['UNAUTHENTICATED', 'NOT_FOUND', 'FORBIDDEN', 'ok', 'NOT_FOUND'],
  },
  { fn: 'order', action: 'review', event: async (fx) => ({ orderId: (await fx.order('completed')).id, rating: 5, text: '好' }), expect: ['UNAUTHENTICATED', 'NOT_FOUND', 'ok', 'FORBIDDEN', 'NOT_FOUND'] },
  { fn: 'order', action: 'replyReview', event: async (fx) => ({ orderId: (await fx.order('reviewed')).id, reply: '谢谢' }), expect: ['UNAUTHENTICATED', 'NOT_FOUND', 'FORBIDDEN', 'ok', 'NOT_FOUND'] },

  { fn: 'post', action: 'policy', event: () => ({}), expect: ['UNAUTHENTICATED', 'FORBIDDEN', 'FORBIDDEN', 'ok', 'ok'] },
  { fn: 'post', action: 'schedule', event: () => ({ at: '2026-11-27T10:00:00+08:00', text: '新货到了' }), expect: ['UNAUTHENTICATED', 'FORBIDDEN', 'FORBIDDEN', 'ok', 'ok'] },
  { fn: 'post', action: 'reschedule', event: (fx) => ({ postId: fx.post.id, at: '2026-11-26T10:00:00+08:00' }), expect: ['UNAUTHENTICATED', 'FORBIDDEN', 'FORBIDDEN', 'ok', 'NOT_FOUND'] },
  { fn: 'post', action: 'cancel', event: (fx) => ({ postId: fx.post.id }), expect: ['UNAUTHENTICATED', 'FORBIDDEN', 'FORBIDDEN', 'ok', 'NOT_FOUND'] },
  // a post due in 20 minutes: only a due post can be marked posted (issue 12)
  {
    fn: 'post',
    action: 'markPosted',
    event: async (fx) => ({ postId: (await host.ok<Post>('post', { action: 'schedule', at: '2026-11-23T10:20:00+08:00', text: '马上发' }, fx.ids.owner)).id }),
    expect: ['UNAUTHENTICATED', 'FORBIDDEN', 'FORBIDDEN', 'ok', 'NOT_FOUND'],
  },
  { fn: 'post', action: 'get', event: (fx) => ({ postId: fx.post.id }), expect: ['UNAUTHENTICATED', 'FORBIDDEN', 'FORBIDDEN', 'ok', 'NOT_FOUND'] },
  { fn: 'post', action: 'list', event: () => ({}), expect: ['UNAUTHENTICATED', 'FORBIDDEN', 'FORBIDDEN', 'ok', 'ok'] },
  { fn: 'post', action: 'consent', event: () => ({ accepted: true }), expect: ['UNAUTHENTICATED', 'ok', 'ok', 'ok', 'ok'] },
  {
    fn: 'crm',
    action: 'list',
    event: () => ({}),
    expect: ['UNAUTHENTICATED', 'FORBIDDEN', 'FORBIDDEN', 'ok', 'ok'],
  },
  { fn: 'crm', action: 'get', event: async (fx) => ({ customerId: await fx.customer() }), expect: ['UNAUTHENTICATED', 'FORBIDDEN', 'FORBIDDEN', 'ok', 'NOT_FOUND'] },
  { fn: 'crm', action: 'note', event: async (fx) => ({ customerId: await fx.customer(), note: '喜欢少糖' }), expect: ['UNAUTHENTICATED', 'FORBIDDEN', 'FORBIDDEN', 'ok', 'NOT_FOUND'] },
  { fn: 'crm', action: 'tag', event: async (fx) => ({ customerId: await fx.customer(), tags: ['老顾客'] }), expect: ['UNAUTHENTICATED', 'FORBIDDEN', 'FORBIDDEN', 'ok', 'NOT_FOUND'] },
  { fn: 'crm', action: 'followups', event: () => ({}), expect: ['UNAUTHENTICATED', 'FORBIDDEN', 'FORBIDDEN', 'ok', 'ok'] },
  { fn: 'crm', action: 'done', event: async (fx) => ({ followUpId: await fx.dueFollowUp() }), expect: ['UNAUTHENTICATED', 'FORBIDDEN', 'FORBIDDEN', 'ok', 'NOT_FOUND'] },
  { fn: 'stats', action: 'summary', event: () => ({}), expect: ['UNAUTHENTICATED', 'FORBIDDEN', 'FORBIDDEN', 'ok', 'ok'] },
  { fn: 'export', action: 'csv', event: () => ({ kind: 'orders' }), expect: ['UNAUTHENTICATED', 'FORBIDDEN', 'FORBIDDEN', 'ok', 'ok'] },
  // the owner is also a supplier (issue 16); the other owner is another supplier, to whom the product is not there
  { fn: 'supply', action: 'open', event: async (fx) => (await fx.supply(), { name: '新的供货商' }), expect: ['UNAUTHENTICATED', 'ok', 'ok', 'CONFLICT', 'CONFLICT'] },
  {
    fn: 'supply',
    action: 'create',
    event: async (fx) => (await fx.supply(), { title: '土蜂蜜', story: '故事', supplyPriceFen: 100, minPriceFen: 200, maxPriceFen: 300, stock: 5 }),
    expect: ['UNAUTHENTICATED', 'FORBIDDEN', 'FORBIDDEN', 'ok', 'ok'],
  },
  { fn: 'supply', action: 'update', event: async (fx) => ({ supplyProductId: (await fx.supply()).id, stock: 7 }), expect: ['UNAUTHENTICATED', 'FORBIDDEN', 'FORBIDDEN', 'ok', 'NOT_FOUND'] },
  { fn: 'supply', action: 'archive', event: async (fx) => ({ supplyProductId: (await fx.supply()).id }), expect: ['UNAUTHENTICATED', 'FORBIDDEN', 'FORBIDDEN', 'ok', 'NOT_FOUND'] },
  { fn: 'supply', action: 'list', event: async (fx) => (await fx.supply(), {}), expect: ['ok', 'ok', 'ok', 'ok', 'ok'] },
  { fn: 'supply', action: 'get', event: async (fx) => ({ supplyProductId: (await fx.supply()).id }), expect: ['ok', 'ok', 'ok', 'ok', 'ok'] },
  // the caller's own supplier or none (null, not an error): there is no id to ask for anyone else's (supply-mine.test.ts)
  { fn: 'supply', action: 'mine', event: async (fx) => (await fx.supply(), {}), expect: ['UNAUTHENTICATED', 'ok', 'ok', 'ok', 'ok'] },
  // a supplier's order (issue 16): the other owner is its supplier and alone ships it; the owner sold it and may not
  { fn: 'order', action: 'ship', event: async (fx) => ({ orderId: (await fx.supplierOrder()).id, carrier: '顺丰', trackingNo: 'SF9' }), expect: ['UNAUTHENTICATED', 'NOT_FOUND', 'FORBIDDEN', 'FORBIDDEN', 'ok'] },
  { fn: 'supply', action: 'orders', event: async (fx) => (await fx.supplierOrder(), {}), expect: ['UNAUTHENTICATED', 'FORBIDDEN', 'FORBIDDEN', 'ok', 'ok'] },
  // a seller sees their own line, a supplier its sellers'; the friend and the buyer are neither
  { fn: 'supply', action: 'statement', event: async (fx) => (await fx.supplierOrder(), {}), expect: ['UNAUTHENTICATED', 'FORBIDDEN', 'FORBIDDEN', 'ok', 'ok'] },
  // only the supplier records what the seller paid; the owner, a supplier too, never fulfilled for that shop
  { fn: 'supply', action: 'settle', event: async (fx) => (await fx.supplierOrder(), { shopId: fx.shop.id, amountFen: 100 }), expect: ['UNAUTHENTICATED', 'FORBIDDEN', 'FORBIDDEN', 'NOT_FOUND', 'ok'] },
  { fn: 'supply', action: 'sellers', event: async (fx) => (await fx.supplierOrder(), {}), expect: ['UNAUTHENTICATED', 'FORBIDDEN', 'FORBIDDEN', 'ok', 'ok'] },
  { fn: 'post', action: 'shareCode', event: (fx) => ({ productId: fx.product.id }), expect: ['UNAUTHENTICATED', 'FORBIDDEN', 'FORBIDDEN', 'ok', 'NOT_FOUND'] },

  // drops (issue 17): opened with the caller's own shop's products, so the other owner's is NOT_FOUND on the product
  {
    fn: 'drop',
    action: 'open',
    event: (fx) => ({ title: '接龙', items: [{ productId: fx.product.id, limitPerBuyer: 2 }], closesAt: '2026-11-25T20:00:00+08:00', fulfilment: { pickup: [], delivery: true, shipping: false } }),
    expect: ['UNAUTHENTICATED', 'FORBIDDEN', 'FORBIDDEN', 'ok', 'NOT_FOUND'],
  },
  // a drop's card reaches friends in a group who may not be logged in
  { fn: 'drop', action: 'get', event: async (fx) => ({ dropId: (await fx.drop()).id }), expect: ['ok', 'ok', 'ok', 'ok', 'ok'] },
  { fn: 'drop', action: 'listShop', event: async (fx) => (await fx.drop(), { shopId: fx.shop.id }), expect: ['ok', 'ok', 'ok', 'ok', 'ok'] },
  { fn: 'drop', action: 'list', event: async (fx) => (await fx.drop(), {}), expect: ['UNAUTHENTICATED', 'FORBIDDEN', 'FORBIDDEN', 'ok', 'ok'] },
  { fn: 'drop', action: 'close', event: async (fx) => ({ dropId: (await fx.drop()).id }), expect: ['UNAUTHENTICATED', 'FORBIDDEN', 'FORBIDDEN', 'ok', 'NOT_FOUND'] },
  { fn: 'drop', action: 'pickList', event: async (fx) => ({ dropId: (await fx.drop()).id }), expect: ['UNAUTHENTICATED', 'FORBIDDEN', 'FORBIDDEN', 'ok', 'NOT_FOUND'] },
  // 到货了 for a point: the owner's (nobody paid yet: { moved: 0 }), another shop's drop is NOT_FOUND
  { fn: 'drop', action: 'markReady', event: async (fx) => ({ dropId: (await fx.drop()).id, pickupIndex: 0 }), expect: ['UNAUTHENTICATED', 'FORBIDDEN', 'FORBIDDEN', 'ok', 'NOT_FOUND'] },
  // the pick list as a file: another shop's drop is NOT_FOUND, as in drop.pickList
  { fn: 'export', action: 'csv', event: async (fx) => ({ kind: 'drop', dropId: (await fx.drop()).id }), expect: ['UNAUTHENTICATED', 'FORBIDDEN', 'FORBIDDEN', 'ok', 'NOT_FOUND'] },
];

const clock = handClock('2026-11-23T02:00:00Z');
const host = hostPerFile({ clock });

/** A shipped order whose return the seller approved, with the address to send it to. */
async function approvedReturn(fx: Fixture): Promise<Order> {
  const order = await fx.order('shipped');
  await host.ok('order', { action: 'requestAfterSale', orderId: order.id, type: 'return', reason: '不合适' }, fx.ids.buyer);
  return host.ok<Order>('order', { action: 'resolveAfterSale', orderId: order.id, approve: true, returnAddress: { name: '店主', phone: '13900139000', detail: '杭州市西湖区 8 号' } }, fx.ids.owner);
}

let serial = 0;
async function fixture(): Promise<Fixture> {
  const k = ++serial;
  const ids = { friend: `az-friend-${k}`, buyer: `az-buyer-${k}`, owner: `az-owner-${k}`, otherOwner: `az-other-${k}` };
  const opened = await host.ok<Shop>('shop', { action: 'open', name: `矩阵店${k}` }, ids.owner);
  // a shop with no way to be paid takes no orders (issue 13)
  const shop = await host.ok<Shop>('shop', { action: 'update', shopId: opened.id, payment: { transferNote: '转账到微信号 matrix' } }, ids.owner);
  await host.ok('shop', { action: 'open', name: `别人的店${k}` }, ids.otherOwner);
  const create = (title: string) => host.ok<Product>('catalog', { action: 'create', title, priceFen: 1000, stock: 50, story: '故事' }, ids.owner);
  const product = await create('核桃');
  const second = await create('蜂蜜');
  const archived = await create('旧货');
  await host.ok('catalog', { action: 'archive', productId: archived.id }, ids.owner);
  const post = await host.ok<Post>('post', { action: 'schedule', at, text: '计划' }, ids.owner);

  const o = (action: string, orderId: string, as: string, extra: Record<string, unknown> = {}) => host.ok<Order>('order', { action, orderId, ...extra }, as);
  const fx: Fixture = {
    ids,
    shop,
    product,
    second,
    archived,
    post,
    async customer() {
      await fx.order('pending_payment');
      const page = await host.ok<{ customers: { id: string }[] }>('crm', { action: 'list' }, ids.owner);
      return page.customers[0].id;
    },
    async supply() {
      await host.ok('supply', { action: 'open', name: `矩阵农场${k}` }, ids.owner);
      await host.ok('supply', { action: 'open', name: `别人的农场${k}` }, ids.otherOwner);
      return host.ok<SupplyProduct>('supply', { action: 'create', title: '核桃', story: '故事', supplyPriceFen: 500, minPriceFen: 800, maxPriceFen: 1200, stock: 10 }, ids.owner);
    },
    async supplierOrder() {
      await fx.supply();
      const theirs = await host.ok<SupplyProduct>(
        'supply',
        { action: 'create', title: '蜂蜜', story: '故事', supplyPriceFen: 500, minPriceFen: 800, maxPriceFen: 1200, stock: 10 },
        ids.otherOwner,
      );
      const carried = await host.ok<Product>('catalog', { action: 'carry', supplyProductId: theirs.id, priceFen: 900 }, ids.owner);
      const order = await host.ok<Order>('order', { action: 'create', shopId: shop.id, items: [{ productId: carried.id, qty: 1 }], address, idempotencyKey: `az-s-${k}-${Math.random().toString(36).slice(2)}` }, ids.buyer);
      await host.ok('order', { action: 'pay', orderId: order.id, method: 'transfer' }, ids.buyer);
      return o('confirmPaid', order.id, ids.owner);
    },
    drop: () =>
      host.ok<Drop>(
        'drop',
        {
          action: 'open',
          title: '本周接龙',
          items: [{ productId: product.id, limitPerBuyer: 3 }],
          closesAt: '2026-11-25T20:00:00+08:00',
          fulfilment: { pickup: [{ name: '三号门', address: '小区三号门', window: '周六上午' }], delivery: true, shipping: true },
        },
        ids.owner,
      ),
    async dueFollowUp() {
      const order = await fx.order('completed');
      // completed a month ago: its follow-up is due
      await host.db.query(`UPDATE orders SET completed_at = completed_at - interval '30 days' WHERE id = $1`, [order.id]);
      return order.id;
    },
    async order(status) {
      let order = await host.ok<Order>('order', { action: 'create', shopId: shop.id, items: [{ productId: product.id, qty: 1 }], address, idempotencyKey: `az-${k}-${Math.random().toString(36).slice(2)}` }, ids.buyer);
      if (status === 'pending_payment') return order;
      await host.ok('order', { action: 'pay', orderId: order.id, method: 'transfer' }, ids.buyer);
      if (status === 'awaiting_confirmation') return order;
      order = await o('confirmPaid', order.id, ids.owner);
      if (status === 'paid') return order;
      order = await o('ship', order.id, ids.owner, { carrier: '顺丰', trackingNo: 'SF9' });
      if (status === 'shipped') return order;
      if (status === 'after_sale') return o('requestAfterSale', order.id, ids.buyer, { type: 'refund', reason: '坏了' });
      order = await o('confirmReceipt', order.id, ids.buyer);
      if (status === 'completed') return order;
      return o('review', order.id, ids.buyer, { rating: 4, text: '不错' });
    },
  };
  return fx;
}

describe('the authorization matrix', () => {
  it('has a row for every action the backend offers', () => {
    const offered = Object.entries(functions).flatMap(([fn, actions]) => Object.keys(actions).map((a) => `${fn}.${a}`));
    const covered = new Set(MATRIX.map((r) => `${r.fn}.${r.action}`));
    expect(offered.filter((a) => !covered.has(a))).toEqual([]);
    expect([...covered].filter((a) => !offered.includes(a))).toEqual([]);
  });

  const cells = MATRIX.flatMap((row, i) => ROLES.map((role, j) => [`${row.fn}.${row.action}#${i}`, role, row, row.expect[j]] as const));

  it.each(cells)('%s as %s', async (_name, role, row, expected) => {
    const fx = await fixture();
    const event = await row.event(fx);
    const as = role === 'anonymous' ? undefined : fx.ids[role];
    const res = await host.call(row.fn, { action: row.action, ...event }, as);
    const got = res.body.ok ? 'ok' : res.body.error.code;
    expect(got).toBe(expected);
    expect(res.status).toBe(expected === 'ok' ? 200 : ERROR_STATUS[expected]);
  });
});

/**
 * The contract answers NOT_FOUND for what the caller may not see, so a stranger cannot probe which ids exist:
 * for every cell a stranger is refused, the same event with the object's id made up gets the same answer.
 * Only a public object (a shop, an active product: anyone can read it) may be FORBIDDEN to touch instead.
 */
describe('a stranger cannot tell a real object from a made-up id', () => {
  const ID_FIELDS = ['orderId', 'postId', 'customerId', 'followUpId', 'productId', 'shopId', 'supplyProductId', 'dropId'];
  const STRANGERS = ['friend', 'otherOwner'] as const;
  const cells = MATRIX.flatMap((row, i) =>
    STRANGERS.map((role) => [`${row.fn}.${row.action}#${i}`, role, row, row.expect[ROLES.indexOf(role)]] as const).filter(([, , , expected]) => expected !== 'ok'),
  );

  it.each(cells)('%s as %s', async (_name, role, row) => {
    const fx = await fixture();
    const event = await row.event(fx);
    const idFields = ID_FIELDS.filter((f) => typeof event[f] === 'string');
    if (idFields.length === 0) return; // nothing to probe: the answer cannot depend on an object
    const answer = async (e: Record<string, unknown>) => {
      const res = await host.call(row.fn, { action: row.action, ...e }, fx.ids[role]);
      return res.body.ok ? 'ok' : res.body.error.code;
    };
    const real = await answer(event);
    const madeUp = await answer({ ...event, ...Object.fromEntries(idFields.map((f) => [f, 'zz9madeUpId9zz'])) });
    const isPublic = async () =>
      (await host.call('catalog', { action: 'get', productId: event.productId })).body.ok || (await host.call('shop', { action: 'get', shopId: event.shopId })).body.ok;
    if (real !== madeUp) {
      expect([real, madeUp]).toEqual(['FORBIDDEN', 'NOT_FOUND']);
      expect(await isPublic()).toBe(true);
    }
  });
});
