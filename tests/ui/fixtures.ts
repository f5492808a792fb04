import type { Order } from '../../types/order';
import type { Product } from '../../types/product';
import { DEFAULT_POLICY, type Shop } from '../../types/shop';

export function aShop(overrides: Partial<Shop> = {}): Shop {
  return {
    id: 'shop-1',
    name: '林晓的商洛山货',
    intro: '陕西商洛老家的核桃和蜂蜜，爸妈自己种自己收。',
    avatarUrl: null,
    productCap: 30,
    policy: DEFAULT_POLICY,
    payment: { wechatPay: false, transferNote: '', transferQrUrl: null },
    createdAt: '2026-11-01T10:00:00+08:00',
    ...overrides,
  };
}

let n = 0;
export function aProduct(overrides: Partial<Product> = {}): Product {
  n += 1;
  return {
    id: `product-${n}`,
    shopId: 'shop-1',
    title: `商品 ${n}`,
    priceFen: 1280,
    stock: 10,
    story: '自家的。',
    images: [],
    proofImages: [],
    status: 'active',
    position: n,
    source: null,
    createdAt: '2026-11-01T10:00:00+08:00',
    updatedAt: '2026-11-01T10:00:00+08:00',
    ...overrides,
  };
}

/** A whole order as `order.get` answers it: one item, awaiting nothing in particular; tests override what they look at. */
export function anOrder(overrides: Partial<Order> = {}): Order {
  return {
    id: 'o1',
    shopId: 'shop-1',
    shopName: '林晓的商洛山货',
    status: 'completed',
    viewerIsOwner: false,
    fulfiller: { kind: 'shop', supplierId: null, supplierName: null },
    items: [{ productId: 'jar', title: '秦岭土蜂蜜 500g', priceFen: 6800, qty: 1, image: null }],
    totalFen: 6800,
    address: { name: '王小明', phone: '13800138000', detail: '北京市海淀区中关村大街 1 号' },
    note: '',
    payment: null,
    refunds: [],
    shipment: null,
    afterSale: null,
    review: null,
    timeline: [],
    expiresAt: null,
    createdAt: '2026-11-20T10:00:00+08:00',
    updatedAt: '2026-11-22T10:00:00+08:00',
    ...overrides,
  } as Order;
}
