import type { FunctionDef } from '../runtime/action';
import { close } from './close';
import { get } from './get';
import { list, listShop } from './list';
import { markReady } from './mark-ready';
import { open } from './open';
import { pickList } from './pick-list';

export const dropFunction = { open, get, listShop, list, close, pickList, markReady } satisfies FunctionDef;
