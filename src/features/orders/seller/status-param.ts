import { ORDER_STATUSES, type OrderStatus } from '../../../../types/order';

/** The list's status from the page's query (`?status=paid`, from a console tile); anything else opens 全部. */
export function statusFromParam(value: string | undefined): OrderStatus | undefined {
  const v = value === undefined ? undefined : decodeURIComponent(value);
  return ORDER_STATUSES.find((s) => s === v);
}
