import { postFunction } from '../../core/posts';
import { wxContentSecurity } from '../security';
import { wxaCodes } from '../wxacode';
import { createCloudMain } from '../entry';

// Content security for post texts and images; mini program codes for posters.
export const main = createCloudMain('post', postFunction, { content: wxContentSecurity, codes: wxaCodes });
