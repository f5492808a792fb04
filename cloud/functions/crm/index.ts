import { crmFunction } from '../../core/crm/actions';
import { createCloudMain } from '../entry';

// Database only.
export const main = createCloudMain('crm', crmFunction, {});
