// The template names live in the registry (types/messages-template-names.ts); their ids come from the
// build's WX_TEMPLATES setting (../notifications/templates.ts), never from placeholders here.
export { POST_REMINDER_TEMPLATE, SHOP_UPDATE_TEMPLATE } from '../../../types/post';
