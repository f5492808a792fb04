import type { FunctionDef } from '../runtime/action';
import { confirmReturn, requestAfterSale, resolveAfterSale, returnShipped } from './after-sale';
import { cancel } from './cancel';
import { create } from './create';
import { confirmReceipt, ship } from './fulfil';
import { confirmPaid, pay, rejectPaid } from './pay';
import { verifyPickup } from './pickup';
import { get, listMine, listShop } from './read';
import { refundSent } from './refund-sent';
import { replyReview, review } from './review';

export const orderFunction = {
  create,
  get,
  listMine,
  listShop,
  pay,
  confirmPaid,
  rejectPaid,
  ship,
  confirmReceipt,
  verifyPickup,
  cancel,
  requestAfterSale,
  resolveAfterSale,
  returnShipped,
  confirmReturn,
  refundSent,
  review,
  replyReview,
} satisfies FunctionDef;
