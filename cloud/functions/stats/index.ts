import { statsFunction } from '../../core/crm/stats';
import { createCloudMain } from '../entry';

// Database only.
export const main = createCloudMain('stats', statsFunction, {});
