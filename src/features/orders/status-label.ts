// The label lives with the texts (types/zh-CN) so the cloud's CSV exports say what the app's pages say.
export { orderStatusLabel, type LabelledOrder } from '../../../types/zh-CN/order-status-label';
