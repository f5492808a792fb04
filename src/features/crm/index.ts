// The seller's customers, follow-ups, sales figures and exports (seller subpackage only).
export { crmApi } from './api';
export { crmRoutes } from './routes';
export { barsOf, type Bar } from './chart';
export { tagError, tagsError, tagLength, MAX_TAGS, MAX_TAG_LENGTH } from './tags';
export { downloadCsv, saveExportInWeChat, shareExportInWeChat, safeFilename, type SavedExport } from './exportCsv';
export { formatDate, formatDateTime } from './format';
export { useConsoleToday, overdueFirst, postsAhead, type PostsAhead } from './useConsoleToday';
export { useCustomers, type CustomersState, type CustomerFilter } from './useCustomers';
export { useCustomer, type CustomerState, type TagSaveState } from './useCustomer';
export { useFollowUps, SNOOZE_DAYS } from './useFollowUps';
export { rememberCustomers, cachedCustomer, findCustomer } from './customerCache';
export { TodaySection, hasOrders } from './components/TodaySection';
export { SalesSection, FollowersSection, DailyChart } from './components/SalesSection';
export { CustomerRow, TagChips } from './components/CustomerRow';
export { TagsEditor } from './components/TagsEditor';
export { FollowUpCard } from './components/FollowUpCard';
export { ExportPanel } from './components/ExportPanel';
export { SectionCard, ResourceView } from './components/Section';
