import { exportFunction } from '../../core/crm/export';
import { cloudFiles } from '../files';
import { createCloudMain } from '../entry';

// Exports are files in cloud storage.
export const main = createCloudMain('export', exportFunction, { files: cloudFiles });
