import { supplyFunction } from '../../core/supply';
import { wxContentSecurity } from '../security';
import { createCloudMain } from '../entry';

// Supply texts and images go through WeChat's content security, as product texts do.
export const main = createCloudMain('supply', supplyFunction, { content: wxContentSecurity });
