import { shopFunction } from '../../core/shops';
import { wxContentSecurity } from '../security';
import { createCloudMain } from '../entry';

// Shop texts and images go through WeChat's content security.
export const main = createCloudMain('shop', shopFunction, { content: wxContentSecurity });
