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
    createdAt: '2026-11-01T10:00:00+08:00',
    updatedAt: '2026-11-01T10:00:00+08:00',
    ...overrides,
  };
}
