import { POST_REMINDER_TEMPLATE, SHOP_UPDATE_TEMPLATE } from '../../../types/post';

/**
 * The one place that maps the backend's subscription template names to the template ids configured
 * in the WeChat admin console (公众平台 → 订阅消息). Replace the placeholder with the real id before
 * release; the backend keeps counting consents under the name.
 */
export const SUBSCRIBE_TEMPLATE_IDS: Record<string, string> = {
  [POST_REMINDER_TEMPLATE]: 'POST_REMINDER_TEMPLATE_ID',
  [SHOP_UPDATE_TEMPLATE]: 'SHOP_UPDATE_TEMPLATE_ID',
};

export { POST_REMINDER_TEMPLATE, SHOP_UPDATE_TEMPLATE };
