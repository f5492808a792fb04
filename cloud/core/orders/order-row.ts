import type { Address, AfterSaleStatus, AfterSaleType, OrderStatus } from '../../../types/order';

/** One row of the orders table, as PostgreSQL returns it. */
export interface OrderRow {
  id: string;
  shop_id: string;
  /** the supplier who ships it (issue 16), or null: the shop's own order */
  supplier_id: string | null;
  buyer_openid: string;
  status: OrderStatus;
  total_fen: number;
  address: Address;
  note: string;
  idempotency_key: string;
  carrier: string | null;
  carrier_id: string | null;
  tracking_no: string | null;
  shipped_at: Date | null;
  completed_at: Date | null;
  cancelled_at: Date | null;
  cancel_reason: string | null;
  after_sale_type: AfterSaleType | null;
  after_sale_reason: string | null;
  after_sale_status: AfterSaleStatus | null;
  after_sale_note: string | null;
  after_sale_from: OrderStatus | null;
  after_sale_requested_at: Date | null;
  after_sale_due_by: Date | null;
  after_sale_resolved_at: Date | null;
  after_sale_overdue_at: Date | null;
  after_sale_amount_fen: number | null;
  after_sale_items: { productId: string; qty: number }[] | null;
  after_sale_photos: string[] | null;
  return_address: Address | null;
  return_carrier: string | null;
  return_carrier_id: string | null;
  return_tracking_no: string | null;
  return_shipped_at: Date | null;
  return_ship_by: Date | null;
  return_confirm_by: Date | null;
  expires_at: Date | null;
  /** the transfer note's 4-digit code (migration 016) */
  note_code: string | null;
  /** a drop's join (migration 022): its drop, how it is handed over, the pickup point, the 6-digit code */
  drop_id: string | null;
  fulfilment_kind: 'shipping' | 'pickup' | 'delivery';
  pickup_index: number | null;
  show_name: boolean;
  pickup_code: string | null;
  ready_at: Date | null;
  created_at: Date;
  updated_at: Date;
}
