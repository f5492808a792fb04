import type { TemplateName } from './messages-templates';
import type { FollowedShop, Shop, ShopWithProducts, PolicyPatch } from './shop';
import type { Product, ProductWithReviews } from './product';
import type { CatalogCreateParams } from './catalog';
import type { Post, PostPolicyView, PostScheduleParams } from './post';
import type { CsvExport, Customer, CustomerPage, FollowUp, SalesSummary } from './crm';
import type { Address, AfterSaleType, Order, OrderCreateParams, OrderPage, OrderStatus, PaymentMethod, PaymentParams } from './order';

/**
 * Each cloud function's actions: the params the client sends (before validation) and the data it gets back.
 * The app's api client is typed from this table, so a change here shows up on both sides.
 */
export interface FunctionActions {
  shop: {
    open: { params: { name: string; intro?: string; avatarUrl?: string }; result: Shop };
    get: { params: { shopId: string }; result: ShopWithProducts };
    mine: { params: Record<string, never>; result: Shop };
    update: {
      params: {
        shopId?: string;
        name?: string;
        intro?: string | null;
        avatarUrl?: string | null;
        policy?: PolicyPatch;
        payment?: { wechatSubMchId?: string | null; transferNote?: string | null; transferQrUrl?: string | null };
        followUpDays?: number;
      };
      result: Shop;
    };
    follow: { params: { shopId: string; state: 'following' | 'muted' | 'none' }; result: { shopId: string; state: 'following' | 'muted' | 'none' } };
    followState: { params: { shopId: string }; result: { shopId: string; state: 'following' | 'muted' | 'none' } };
    followers: { params: Record<string, never>; result: { following: number; muted: number } };
    following: { params: Record<string, never>; result: { shops: FollowedShop[] } };
    consent: { params: { answers: { template: TemplateName; accepted: boolean }[] }; result: { remaining: Partial<Record<TemplateName, number>> } };
  };
  catalog: {
    create: { params: CatalogCreateParams; result: Product };
    update: { params: { productId: string } & Partial<CatalogCreateParams>; result: Product };
    archive: { params: { productId: string }; result: Product };
    restore: { params: { productId: string }; result: Product };
    move: { params: { productId: string; direction: 'up' | 'down' }; result: Product[] };
    get: { params: { productId: string }; result: ProductWithReviews };
    listMine: { params: Record<string, never>; result: { active: Product[]; archived: Product[]; productCap: number } };
  };
  order: {
    create: { params: OrderCreateParams; result: Order };
    get: { params: { orderId: string }; result: Order };
    listMine: { params: { status?: OrderStatus; cursor?: string }; result: OrderPage };
    listShop: { params: { status?: OrderStatus; cursor?: string }; result: OrderPage };
    pay: { params: { orderId: string; method: PaymentMethod }; result: { order: Order; payment: PaymentParams | null } };
    confirmPaid: { params: { orderId: string }; result: Order };
    rejectPaid: { params: { orderId: string }; result: Order };
    ship: { params: { orderId: string; carrier: string; carrierName?: string; trackingNo: string }; result: Order };
    confirmReceipt: { params: { orderId: string }; result: Order };
    cancel: { params: { orderId: string; reason?: string }; result: Order };
    requestAfterSale: {
      params: { orderId: string; type: AfterSaleType; reason: string; amountFen?: number; items?: { productId: string; qty: number }[]; photos?: string[] };
      result: Order;
    };
    resolveAfterSale: { params: { orderId: string; approve: boolean; note?: string; returnAddress?: Address }; result: Order };
    returnShipped: { params: { orderId: string; carrier: string; carrierName?: string; trackingNo: string }; result: Order };
    confirmReturn: { params: { orderId: string }; result: Order };
    refundSent: { params: { orderId: string; note?: string }; result: Order };
    review: { params: { orderId: string; rating: number; text: string }; result: Order };
    replyReview: { params: { orderId: string; reply: string }; result: Order };
  };
  post: {
    policy: { params: Record<string, never>; result: PostPolicyView };
    schedule: { params: PostScheduleParams; result: Post };
    reschedule: { params: { postId: string; at: string }; result: Post };
    cancel: { params: { postId: string }; result: Post };
    markPosted: { params: { postId: string }; result: Post };
    list: { params: { from?: string; to?: string }; result: Post[] };
    get: { params: { postId: string }; result: Post };
    consent: { params: { accepted: boolean; template?: string }; result: { template: string; remaining: number } };
    shareCode: { params: { productId?: string }; result: { kind: 'wxacode' | 'qr'; image: string; page: string; scene: string } };
  };
  crm: {
    list: { params: { q?: string; tag?: string; cursor?: string }; result: CustomerPage };
    get: { params: { customerId: string }; result: Customer };
    note: { params: { customerId: string; note?: string }; result: Customer };
    tag: { params: { customerId: string; tags: string[] }; result: Customer };
    followups: { params: Record<string, never>; result: FollowUp[] };
    done: { params: { followUpId: string; snoozeDays?: number }; result: FollowUp };
  };
  stats: {
    summary: { params: { days?: number }; result: SalesSummary };
  };
  export: {
    csv: { params: { kind: 'customers' | 'orders'; format?: 'csv' | 'xlsx' }; result: CsvExport };
  };
}

export type FunctionName = keyof FunctionActions;
export type ActionName<F extends FunctionName> = keyof FunctionActions[F] & string;
export type ActionParams<F extends FunctionName, A extends ActionName<F>> = FunctionActions[F][A] extends { params: infer P } ? P : never;
export type ActionResult<F extends FunctionName, A extends ActionName<F>> = FunctionActions[F][A] extends { result: infer R } ? R : never;

/** Identities the dev host knows for the demo: the seeded seller and a friend. */
export const DEV_IDENTITIES = { seller: 'seller-demo', friend: 'friend-demo' } as const;
