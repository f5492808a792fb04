import type { FunctionDef } from '../runtime/action';
import { cancel, consent, list, markPosted, policy, reschedule, schedule, shareCode } from './actions';

export const postFunction: FunctionDef = { policy, schedule, reschedule, cancel, markPosted, list, consent, shareCode };
