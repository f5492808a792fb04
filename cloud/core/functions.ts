import type { FunctionDef } from './runtime/action';
import { catalogFunction } from './catalog';
import { orderFunction } from './orders';
import { postFunction } from './posts';
import { crmFunction, exportFunction, statsFunction } from './crm';
import { shopFunction } from './shops';

/**
 * Every client-callable cloud function by name; the local host and the CloudBase entries both route
 * through this table. The timer is not here: it is triggered by the platform's clock, not by clients.
 */
export const functions: Record<string, FunctionDef> = {
  shop: shopFunction,
  catalog: catalogFunction,
  order: orderFunction,
  post: postFunction,
  crm: crmFunction,
  stats: statsFunction,
  export: exportFunction,
};
