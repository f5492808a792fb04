import type { FunctionDef } from '../runtime/action';
import { cancel, consent, list, markPosted, policy, reschedule, schedule, shareCode, get } from './actions';

export const postFunction: FunctionDef = { policy, schedule, reschedule, cancel, markPosted, list, consent, shareCode, get };
