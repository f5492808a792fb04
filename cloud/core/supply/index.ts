import type { FunctionDef } from '../runtime/action';
import { archive } from './archive';
import { create } from './create';
import { get } from './get';
import { list } from './list';
import { mine } from './mine';
import { open } from './open';
import { orders } from './orders';
import { sellers } from './sellers';
import { settle } from './settle';
import { statement } from './statement';
import { update } from './update';

export const supplyFunction = { open, create, update, archive, list, get, mine, orders, statement, settle, sellers } satisfies FunctionDef;
