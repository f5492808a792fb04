import type { CallLog } from '../calls';

// Replaced by the fake of wxacode.getUnlimited with its documented argument checks.
export function wxacodeApi(log: CallLog) {
  void log;
  return {};
}
