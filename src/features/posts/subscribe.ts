import { POST_REMINDER_TEMPLATE } from '../../../types/post';
import type { TemplateName } from '../../../types/messages-templates';
import { askConsent as askTemplates } from '../notifications/subscribe';

/** A post reminder for the seller; see askConsent. Call it first in the tap, before any await. */
export function askReminderConsent(): Promise<boolean | null> {
  return askConsent(POST_REMINDER_TEMPLATE);
}

/**
 * One template's consent (the posts and follow taps); the general prompt is
 * ../notifications/subscribe.ts. Resolves whether it was accepted, or null when nothing was asked.
 */
export function askConsent(template: TemplateName): Promise<boolean | null> {
  return askTemplates([template]).then((answers) => (answers ? answers[0]?.accepted ?? false : null));
}
