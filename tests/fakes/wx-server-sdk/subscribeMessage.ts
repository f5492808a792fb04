import type { CallLog } from '../calls';

// Replaced by the fake of subscribeMessage.send with its documented argument checks.
export function subscribeMessageApi(log: CallLog) {
  void log;
  return {};
}
