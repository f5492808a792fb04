import type { FunctionDef } from '../runtime/action';
import { cancel, consent, list, markPosted, policy, reschedule, schedule, shareCode, get } from './actions';

export const postFunction = { policy, schedule, reschedule, cancel, markPosted, list, consent, shareCode, get } satisfies FunctionDef;
