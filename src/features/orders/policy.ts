/**
 * Hours the seller promises to answer an after-sale request in: AFTER_SALE_RESPONSE_HOURS of
 * types/order.ts. Repeated here because that module also holds the zod schemas, which the main
 * package must not carry; tests/ui/orders-actions.test.ts asserts the two agree.
 */
export const AFTER_SALE_HOURS = 48;
