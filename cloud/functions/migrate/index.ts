import * as cloud from 'wx-server-sdk';
import { createLogger, type Logger } from '../../core/runtime/logger';
import { listMigrations, migrate } from '../../db/migrate';
import type { Database } from '../../db/types';
import { currentSource } from '../platform';

cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV });

/**
 * Who may run the migrations: whoever deploys, never a user. `cloud.getWXContext().SOURCE`
 * (https://developers.weixin.qq.com/miniprogram/dev/wxcloudservice/wxcloud/reference-sdk-api/utils/Cloud.getWXContext.html)
 * names what started the run, its first element the origin of a chain ("wx_client,scf"):
 * - allowed: `wx_devtools` (微信 IDE 调用: DevTools' 云端测试, only the project's developers have it), `wx_http`
 *   (微信 HTTP API 调用: invokecloudfunction with the mini program's access token), and an origin outside WeChat
 *   ("其他 非微信端触发": the cloud console's test, the CloudBase CLI; also no SOURCE at all);
 * - refused: every other `wx_*` origin — `wx_client` (the mini program, and 本地调试, which the page says reports
 *   wx_client), `wx_localdebug`, `wx_crawler`, `wx_unknown`, `wx_trigger`, `wx_paycallback`.
 * A refused run changes nothing. The function security rules (npm run cloud:rules) also close it to clients.
 */
const OPERATOR_ORIGINS = new Set(['wx_devtools', 'wx_http']);

export function isOperatorRun(source: string | undefined): boolean {
  const origin = (source ?? '').split(',')[0].trim();
  return OPERATOR_ORIGINS.has(origin) || !origin.startsWith('wx_');
}

export type MigrateResult =
  | { ok: true; data: { applied: string[]; version: number } }
  | { ok: false; error: { code: 'FORBIDDEN' | 'INTERNAL'; message: string } };

export function createMigrateMain(
  open: (databaseUrl: string) => Promise<Database> = openAsItIs,
  log: Logger = createLogger({ service: 'migrate' }),
) {
  return async function main(): Promise<MigrateResult> {
    const source = currentSource();
    if (!isOperatorRun(source)) {
      log.error('migrate refused: not started by an operator', { source: source ?? null });
      return { ok: false, error: { code: 'FORBIDDEN', message: 'migrations run from the cloud console, DevTools or the HTTP API only' } };
    }
    const databaseUrl = process.env.DATABASE_URL;
    if (!databaseUrl) return { ok: false, error: { code: 'INTERNAL', message: 'DATABASE_URL is not set for the migrate function' } };
    const db = await open(databaseUrl);
    try {
      const applied = await migrate(db);
      const version = Math.max(0, ...listMigrations().map((m) => m.version));
      log.info('migrations applied', { applied, version, source: source ?? null });
      return { ok: true, data: { applied, version } };
    } catch (err) {
      log.error('migration failed: rolled back, nothing of it applied', { error: String(err) });
      return { ok: false, error: { code: 'INTERNAL', message: String(err) } };
    } finally {
      await db.close();
    }
  };
}

/** The database as it is, behind or not (openDatabase would migrate or refuse): bringing it up to date is this function's job. */
async function openAsItIs(databaseUrl: string): Promise<Database> {
  const { openPostgres } = await import('../../db/postgres');
  return openPostgres(databaseUrl);
}

export const main = createMigrateMain();
