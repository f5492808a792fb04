// Types only (no zod): the seller's customers, follow-ups after a sale, sales figures and exports.
// The schemas live in ./crm-schemas.ts.

/** Default days after an order completes before a follow-up ("how were the walnuts?") is due. */
export const DEFAULT_FOLLOW_UP_DAYS = 7;

export interface Customer {
  /** opaque; never the buyer's WeChat id */
  id: string;
  /** the name on the buyer's latest address: how the seller knows them */
  name: string;
  orders: number;
  /** paid money that was not refunded, in fen */
  totalFen: number;
  lastOrderAt: string;
  afterSales: number;
  note: string;
  tags: string[];
}

export interface CustomerPage {
  customers: Customer[];
  nextCursor: string | null;
}

export type FollowUpStatus = 'due' | 'snoozed' | 'done';

export interface FollowUp {
  /** the order it follows up on */
  id: string;
  customerId: string;
  customerName: string;
  orderId: string;
  productTitles: string[];
  completedAt: string;
  dueAt: string;
  status: FollowUpStatus;
  /** a chat-ready sentence the seller copies and sends themselves; nothing is sent automatically */
  text: string;
}

export interface SalesSummary {
  days: number;
  revenueFen: number;
  orders: number;
  buyers: number;
  /** share of this period's buyers who have bought more than once (0–1) */
  repeatBuyerRate: number;
  bestProducts: { productId: string; title: string; qty: number; revenueFen: number }[];
  /** one entry per day of the period, oldest first, in the shop's time zone */
  daily: { date: string; revenueFen: number; orders: number }[];
}

/**
 * An export as a file in storage (WeChat's call path is not made for large answers): UTF-8 with a BOM so
 * that spreadsheet programs read the Chinese correctly. `url` works for one hour (`expiresAt`).
 */
export interface CsvExport {
  filename: string;
  /** the download link: https in production, /uploads/exports/… on the local host */
  url: string;
  /** the cloud file id the mini program downloads with wx.cloud.downloadFile; null on the local host */
  fileID: string | null;
  /** data rows, without the header */
  rows: number;
  bytes: number;
  expiresAt: string;
  /** the file's text too, only for a CSV of at most 100 KB (older clients read it from here); never for xlsx */
  csv?: string;
}
