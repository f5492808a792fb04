import type { FunctionDef } from '../runtime/action';
import { archive } from './archive';
import { create } from './create';
import { get } from './get';
import { list } from './list';
import { open } from './open';
import { update } from './update';

export const supplyFunction = { open, create, update, archive, list, get } satisfies FunctionDef;
