import type { CallLog } from '../calls';

// Replaced by the fake of security.msgSecCheck (v2) and security.mediaCheckAsync with their documented argument checks.
export function securityApi(log: CallLog) {
  void log;
  return {};
}
