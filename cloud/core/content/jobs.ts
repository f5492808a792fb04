import type { TimerJob } from '../runtime/job';
import { resubmitUnsentImages } from './images';

/** Every minute: image checks whose request to WeChat failed after their write committed are asked again. */
export const resubmitImagesJob: TimerJob = { name: 'resubmitImageChecks', run: (deps, now) => resubmitUnsentImages(deps, now) };
