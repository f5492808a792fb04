import type { FunctionDef } from './runtime/action';
import { catalogFunction } from './catalog';
import { orderFunction } from './orders';
import { postFunction } from './posts';
import { crmFunction, exportFunction, statsFunction } from './crm';
import { shopFunction } from './shops';
import { supplyFunction } from './supply';
import { dropFunction } from './drops';

// `satisfies` rather than an annotation: the literal type keeps each action's input schema and result,
// and the app's contract (types/functions.ts) is derived from it, so an action's change breaks the app's tsc.
const table = {
  shop: shopFunction,
  catalog: catalogFunction,
  order: orderFunction,
  post: postFunction,
  crm: crmFunction,
  stats: statsFunction,
  export: exportFunction,
  supply: supplyFunction,
  drop: dropFunction,
} satisfies Record<string, FunctionDef>;

/** Every client-callable function, each with its actions' own schemas and results (types/functions.ts reads it). */
export type Functions = typeof table;

/**
 * Every client-callable cloud function by name; the local host and the CloudBase entries both route
 * through this table. The timer is not here: it is triggered by the platform's clock, not by clients.
 */
export const functions: Record<string, FunctionDef> = table;
