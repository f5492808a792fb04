import type { FunctionDef } from '../runtime/action';
import { archive } from './archive';
import { carry } from './carry';
import { create } from './create';
import { get } from './get';
import { listMine } from './list-mine';
import { move } from './move';
import { restore } from './restore';
import { update } from './update';

export const catalogFunction = { create, carry, update, archive, restore, move, get, listMine } satisfies FunctionDef;
