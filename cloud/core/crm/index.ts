import type { FunctionDef } from '../runtime/action';
import { done, followups, get, list, note, tag } from './actions';
import { csv } from './export';
import { summary } from './stats';

export const crmFunction: FunctionDef = { list, get, note, tag, followups, done };
export const statsFunction: FunctionDef = { summary };
export const exportFunction: FunctionDef = { csv };
