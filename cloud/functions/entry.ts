import * as cloud from 'wx-server-sdk';
import type { ApiResult } from '../../types/errors';
import { functions } from '../core/functions';
import { dispatch, errorBody } from '../core/runtime/dispatch';
import { AppError } from '../core/runtime/errors';
import { systemClock, type Deps } from '../core/runtime/context';
import { createLogger } from '../core/runtime/logger';
import { openDatabase } from '../db/open';
import { cloudPayments } from './cloudpay';
import { cloudFiles } from './files';
import { cloudSender } from './sender';
import { wxContentSecurity } from './security';
import { wxaCodes } from './wxacode';

cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV });

let depsPromise: Promise<Deps> | null = null;

/**
 * One connection pool per warm instance. A cloud function must reach PostgreSQL (DATABASE_URL);
 * an embedded database would be lost with the instance.
 */
export function cloudDeps(service: string): Promise<Deps> {
  depsPromise ??= (async () => {
    const databaseUrl = process.env.DATABASE_URL;
    if (!databaseUrl) throw new Error('DATABASE_URL is not set for this cloud function');
    // Migrations are a deploy step (the migrate function): a cold start only checks the schema is current.
    const db = await openDatabase({ databaseUrl, schema: 'check' });
    return { db, clock: systemClock, log: createLogger({ service }), payments: cloudPayments(), sender: cloudSender(), codes: wxaCodes(), content: wxContentSecurity(), files: cloudFiles() };
  })().catch((err) => {
    depsPromise = null; // let the next invocation try again
    throw err;
  });
  return depsPromise;
}

/** CloudBase's `main(event, context)` for a client-callable function: identity from WeChat, never from the event. */
export function createCloudMain(name: string, openDeps: (service: string) => Promise<Deps> = cloudDeps) {
  const fn = functions[name];
  return async function main(event: unknown): Promise<ApiResult<unknown>> {
    let deps: Deps;
    try {
      deps = await openDeps(name);
    } catch (err) {
      createLogger({ service: name }).error('cannot open database', { error: String(err) });
      return { ok: false, error: errorBody(new AppError('INTERNAL')) };
    }
    const { OPENID } = cloud.getWXContext();
    return dispatch({ fn, event, caller: { openId: OPENID || null }, deps });
  };
}
