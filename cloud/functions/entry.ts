import * as cloud from 'wx-server-sdk';
import type { ApiResult } from '../../types/errors';
import type { FunctionDef } from '../core/runtime/action';
import { dispatch, errorBody } from '../core/runtime/dispatch';
import { AppError } from '../core/runtime/errors';
import { systemClock, type Deps } from '../core/runtime/context';
import { createLogger } from '../core/runtime/logger';
import type { ContentSecurity, FileStore, MessageSender, PaymentProvider, ShareCodeProvider } from '../core/runtime/ports';
import { openDatabase } from '../db/open';

cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV });

/**
 * The WeChat adapters a function wires in, each named by the Deps port it fills. A function imports only
 * the adapters its actions use (cloud/functions/<name>/index.ts), so its bundle holds only those, and its
 * config.json grants only their open APIs: least privilege is decided by what the bundle contains, and
 * `npm run build:cloud` fails when a bundle's code reaches a port its function does not wire
 * (scripts/cloud-wiring.ts) or declares an open API it never calls.
 */
export interface Wiring {
  payments?: () => PaymentProvider;
  sender?: () => MessageSender;
  codes?: () => ShareCodeProvider;
  content?: () => ContentSecurity;
  files?: () => FileStore;
}

export type Port = keyof Wiring;

/** A port the function does not wire: reaching it is a wiring bug the build check exists to prevent. */
function unwired<T extends object>(service: string, port: Port): T {
  const refuse = () => {
    throw new Error(`the ${service} cloud function does not wire ${port} (cloud/functions/${service}/index.ts)`);
  };
  return new Proxy({} as T, { get: (_t, prop) => (prop === 'name' ? `unwired ${port}` : prop === 'then' ? undefined : refuse) });
}

let depsPromise: Promise<Deps> | null = null;

/**
 * One connection pool per warm instance. A cloud function must reach PostgreSQL (DATABASE_URL);
 * an embedded database would be lost with the instance.
 */
export function cloudDeps(service: string, wiring: Wiring): Promise<Deps> {
  depsPromise ??= (async () => {
    const databaseUrl = process.env.DATABASE_URL;
    if (!databaseUrl) throw new Error('DATABASE_URL is not set for this cloud function');
    // Migrations are a deploy step (the migrate function): a cold start only checks the schema is current.
    const db = await openDatabase({ databaseUrl, schema: 'check' });
    const port = <P extends Port>(p: P): ReturnType<NonNullable<Wiring[P]>> => {
      const make = wiring[p] as (() => ReturnType<NonNullable<Wiring[P]>>) | undefined;
      return make ? make() : unwired(service, p);
    };
    return {
      db,
      clock: systemClock,
      log: createLogger({ service }),
      payments: port('payments'),
      sender: port('sender'),
      codes: port('codes'),
      content: port('content'),
      files: port('files'),
    };
  })().catch((err) => {
    depsPromise = null; // let the next invocation try again
    throw err;
  });
  return depsPromise;
}

/** CloudBase's `main(event, context)` for a client-callable function: identity from WeChat, never from the event. */
export function createCloudMain(name: string, fn: FunctionDef, wiring: Wiring, openDeps: (service: string) => Promise<Deps> = (s) => cloudDeps(s, wiring)) {
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
