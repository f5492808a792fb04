// The seller's customers, follow-ups, sales figures and exports (seller subpackage only).
export { crmApi } from './api';
export { crmRoutes } from './routes';
export { barsOf, type Bar } from './chart';
export { tagError, tagsError, tagLength, MAX_TAGS, MAX_TAG_LENGTH } from './tags';
export { downloadCsv, saveExportInWeChat, shareExportInWeChat, safeFilename, type SavedExport } from './export-csv';
export { formatDate, formatDateTime } from './format';
export { useConsoleToday, overdueFirst, postsAhead, type PostsAhead } from './use-console-today';
export { useCustomers, type CustomersState, type CustomerFilter } from './use-customers';
export { useCustomer, type CustomerState, type TagSaveState } from './use-customer';
export { useFollowUps, SNOOZE_DAYS } from './use-follow-ups';
export { rememberCustomers, cachedCustomer, findCustomer } from './customer-cache';
export { TodaySection, hasOrders } from './components/today-section';
export { SalesSection, FollowersSection, DailyChart } from './components/sales-section';
export { CustomerRow, TagChips } from './components/customer-row';
export { TagsEditor } from './components/tags-editor';
export { FollowUpCard } from './components/follow-up-card';
export { ExportPanel } from './components/export-panel';
export { SectionCard, ResourceView } from './components/section';
