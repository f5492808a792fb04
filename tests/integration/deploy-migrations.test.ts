import { listMigrations, pendingMigrations, SchemaBehindError } from '../../cloud/db/migrate';
import { openDatabase } from '../../cloud/db/open';
import { openPglite } from '../../cloud/db/pglite';
import { openPostgres } from '../../cloud/db/postgres';
import type { Database } from '../../cloud/db/types';
import { createScratchDatabase, usingPostgres } from './helpers/host';

// What WeChat's cloud tells the function about the run (Cloud.getWXContext).
const wxContext: { OPENID?: string; SOURCE?: string } = {};
jest.mock('wx-server-sdk', () => ({ DYNAMIC_CURRENT_ENV: Symbol('env'), init: jest.fn(), getWXContext: () => ({ ...wxContext }) }), { virtual: true });

import { createMigrateMain, isOperatorRun } from '../../cloud/functions/migrate';
import { createCloudMain } from '../../cloud/functions/entry';
import { shopFunction } from '../../cloud/core/shops';
import { createLogger } from '../../cloud/core/runtime/logger';

/**
 * Migrations are a deploy step: the migrate function (or `npm run migrate`) applies them, run by whoever
 * deploys; a cold start only checks the schema and refuses to serve, saying what to run, while it is behind.
 * The local host and the tests still migrate at start (PGlite in memory starts empty).
 */
const latest = listMigrations();

/** A database nothing was applied to, on the engine under test; `close` of the handle given out is a no-op. */
async function emptyDatabase(): Promise<{ db: Database; url: string | null; dispose(): Promise<void> }> {
  if (!usingPostgres) {
    const db = await openPglite(undefined);
    return { db, url: null, dispose: () => db.close() };
  }
  const scratch = await createScratchDatabase(process.env.DATABASE_URL!);
  const db = await openPostgres(scratch.url);
  return {
    db,
    url: scratch.url,
    async dispose() {
      await db.close();
      await scratch.drop();
    },
  };
}

/** process.env turns undefined into the string "undefined": delete instead. */
function restoreEnv(before: string | undefined) {
  if (before === undefined) delete process.env.DATABASE_URL;
  else process.env.DATABASE_URL = before;
}

function capture() {
  const lines: Record<string, unknown>[] = [];
  return { lines, log: createLogger({ service: 'migrate' }, (l) => lines.push(JSON.parse(l) as Record<string, unknown>)) };
}

describe('the migrate function', () => {
  it('applies every pending migration once, for an operator, and a second run applies nothing', async () => {
    const { db, dispose } = await emptyDatabase();
    const before = process.env.DATABASE_URL;
    try {
      process.env.DATABASE_URL ||= 'pglite://memory';
      const { lines, log } = capture();
      const main = createMigrateMain(async () => ({ ...db, close: async () => undefined }), log);
      expect(await pendingMigrations(db)).toEqual(latest);

      wxContext.SOURCE = 'wx_devtools';
      expect(await main()).toEqual({ ok: true, data: { applied: latest.map((m) => m.name), version: latest.at(-1)!.version } });
      expect(await pendingMigrations(db)).toEqual([]);
      const [{ data_type }] = await db.query<{ data_type: string }>(`SELECT data_type FROM information_schema.columns WHERE table_name = 'orders' AND column_name = 'total_fen'`);
      expect(data_type).toBe('bigint');

      wxContext.SOURCE = 'wx_http';
      expect(await main()).toEqual({ ok: true, data: { applied: [], version: latest.at(-1)!.version } });
      expect(lines.filter((l) => l.msg === 'migrations applied')).toHaveLength(2);
    } finally {
      restoreEnv(before);
      await dispose();
    }
  });

  it('refuses a run the mini program started, and changes nothing', async () => {
    const { db, dispose } = await emptyDatabase();
    const before = process.env.DATABASE_URL;
    try {
      process.env.DATABASE_URL ||= 'pglite://memory';
      const { lines, log } = capture();
      const main = createMigrateMain(async () => ({ ...db, close: async () => undefined }), log);
      for (const source of ['wx_client', 'wx_client,scf', 'wx_crawler', 'wx_unknown', 'wx_localdebug']) {
        wxContext.SOURCE = source;
        expect(await main()).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      }
      expect(await pendingMigrations(db)).toEqual(latest);
      expect(lines.filter((l) => l.msg === 'migrate refused: not started by an operator').map((l) => l.source)).toEqual(['wx_client', 'wx_client,scf', 'wx_crawler', 'wx_unknown', 'wx_localdebug']);
    } finally {
      restoreEnv(before);
      await dispose();
    }
  });

  it('knows who deploys: DevTools, the HTTP API, the console (no WeChat source)', () => {
    expect([undefined, '', 'wx_devtools', 'wx_http', 'scf'].map(isOperatorRun)).toEqual([true, true, true, true, true]);
    expect(['wx_client', 'wx_client,scf', 'wx_trigger', 'wx_paycallback', 'wx_crawler'].map(isOperatorRun)).toEqual([false, false, false, false, false]);
  });
});

describe('a cold start', () => {
  it('only checks the schema: behind, it refuses to open and says to run the migrate function', async () => {
    const { db, url, dispose } = await emptyDatabase();
    try {
      if (url) {
        await expect(openDatabase({ databaseUrl: url, schema: 'check' })).rejects.toThrow(SchemaBehindError);
        await expect(openDatabase({ databaseUrl: url, schema: 'check' })).rejects.toThrow(/run the migrate function/);
      } else {
        await expect(openDatabase({ dataDir: 'memory', schema: 'check' })).rejects.toThrow(/012_bigint_money.*run the migrate function/);
      }
      // one migration missing out of order (another branch's 0xx arrived late) is noticed too
      const { migrate } = await import('../../cloud/db/migrate');
      await migrate(db);
      await db.query('DELETE FROM schema_migrations WHERE version = $1', [latest[2].version]);
      expect((await pendingMigrations(db)).map((m) => m.name)).toEqual([latest[2].name]);
    } finally {
      await dispose();
    }
  });

  (usingPostgres ? it : it.skip)('of a cloud function answers INTERNAL while the database is behind, logged with what to run', async () => {
    const scratch = await createScratchDatabase(process.env.DATABASE_URL!);
    const before = process.env.DATABASE_URL;
    const written: string[] = [];
    const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    try {
      process.env.DATABASE_URL = scratch.url;
      wxContext.OPENID = 'cold-start-user';
      const shop = createCloudMain('shop', shopFunction, {});
      expect(await shop({ action: 'mine' })).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
      expect(written.join('')).toMatch(/cannot open database.*run the migrate function/);

      wxContext.SOURCE = 'wx_devtools';
      expect(await createMigrateMain()()).toMatchObject({ ok: true });
      expect(await shop({ action: 'mine' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    } finally {
      spy.mockRestore();
      restoreEnv(before);
      await scratch.drop();
    }
  });
});
