import type { CallLog } from '../calls';

// Replaced by the fake of cloudPay (unifiedOrder, refund) with its documented argument checks.
export function cloudPayApi(log: CallLog) {
  void log;
  return {};
}
