import type { FunctionDef } from '../runtime/action';
import { get } from './get';
import { mine } from './mine';
import { open } from './open';
import { update } from './update';
import { follow, followers, following, followState } from './follow';
import { consent } from './consent';

export const shopFunction = { open, get, mine, update, follow, followState, followers, following, consent } satisfies FunctionDef;
