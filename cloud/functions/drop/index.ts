import { dropFunction } from '../../core/drops';
import { wxContentSecurity } from '../security';
import { createCloudMain } from '../entry';

// A drop's title and intro go through WeChat's content security, as product texts do.
export const main = createCloudMain('drop', dropFunction, { content: wxContentSecurity });
