// All user-facing zh-CN text lives under this folder: errors for the backend and the forms, ui for the app.
export * from './errors';
export * from './ui';
export * from './orders';
export * from './posting';
export * from './orders-ui';
export * from './posts-ui';
export * from './crm';
export * from './crm-ui';
export * from './home-ui';
export * from './wechat-ui';
