import { POST_REMINDER_TEMPLATE } from '../../../types/post';
import { askOneConsent } from '../notifications';

/** A post reminder for the seller; see askOneConsent. Call it first in the tap, before any await. */
export function askReminderConsent(): Promise<boolean | null> {
  return askOneConsent(POST_REMINDER_TEMPLATE);
}
