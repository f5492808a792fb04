import { createCloudMain } from '../entry';

export const main = createCloudMain('crm');
