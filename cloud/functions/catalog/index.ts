import { catalogFunction } from '../../core/catalog';
import { wxContentSecurity } from '../security';
import { createCloudMain } from '../entry';

// Product texts and images go through WeChat's content security.
export const main = createCloudMain('catalog', catalogFunction, { content: wxContentSecurity });
