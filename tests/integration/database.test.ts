import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { demoColleagues } from '../../cloud/core/demo/content';
import { openDatabase } from '../../cloud/db/open';
import { loadMigrations, migrate } from '../../cloud/db/migrate';
import type { Shop } from '../../types/shop';
import { startTestHost, usingPostgres } from './helpers/host';
import { spawnHost } from './helpers/spawn-host';


describe('migrations', () => {
  it('apply once, in order, and running them again changes nothing', async () => {
    const host = await startTestHost();
    try {
      const recorded = await host.db.query<{ version: number; name: string }>('SELECT version, name FROM schema_migrations ORDER BY version');
      expect(recorded.map((r) => r.name)).toEqual(loadMigrations().map((m) => m.name));
      await host.ok('shop', { action: 'open', name: '迁移前的店' }, 'migrator');
      expect(await migrate(host.db)).toEqual([]);
      expect(await migrate(host.db)).toEqual([]);
      expect(await host.ok('shop', { action: 'mine' }, 'migrator')).toMatchObject({ name: '迁移前的店' });
    } finally {
      await host.close();
    }
  });

  it('roll a failing migration back whole and record nothing', async () => {
    const db = await openDatabase({ dataDir: 'memory' });
    try {
      const broken = [{ version: 900, name: '900_broken', sql: 'CREATE TABLE half_done (id int); SELECT no_such_function();' }];
      await expect(migrate(db, broken)).rejects.toThrow();
      expect(await db.query("SELECT 1 FROM schema_migrations WHERE version = 900")).toEqual([]);
      expect(await db.query("SELECT 1 FROM information_schema.tables WHERE table_name = 'half_done'")).toEqual([]);
    } finally {
      await db.close();
    }
  });
});

describe('transactions', () => {
  it('never interleave: 50 racing read-modify-write transactions lose no update', async () => {
    const host = await startTestHost();
    try {
      await host.db.query('CREATE TABLE counter (id int PRIMARY KEY, n int NOT NULL)');
      await host.db.query('INSERT INTO counter VALUES (1, 0)');
      await Promise.all(
        Array.from({ length: 50 }, () =>
          host.db.transaction(async (tx) => {
            const [{ n }] = await tx.query<{ n: number }>('SELECT n FROM counter WHERE id = 1 FOR UPDATE');
            await new Promise((r) => setTimeout(r, 1)); // give another transaction the chance to sneak in
            await tx.query('UPDATE counter SET n = $1 WHERE id = 1', [n + 1]);
          }),
        ),
      );
      expect(await host.db.query('SELECT n FROM counter')).toEqual([{ n: 50 }]);
    } finally {
      await host.close();
    }
  });

  it('roll back everything when the work throws', async () => {
    const host = await startTestHost();
    try {
      await expect(
        host.db.transaction(async (tx) => {
          await tx.query(`INSERT INTO shops (id, owner_openid, name, policy, created_at, updated_at) VALUES ('s1', 'o1', 'n', '{}', now(), now())`);
          throw new Error('boom');
        }),
      ).rejects.toThrow('boom');
      expect(await host.db.query('SELECT id FROM shops')).toEqual([]);
    } finally {
      await host.close();
    }
  });
});

// The embedded database's files: what `npm start` keeps in DATA_DIR. PostgreSQL keeps its own.
(usingPostgres ? describe.skip : describe)('the embedded database on disk (PGlite)', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shuren-data-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('keeps data across a restart and seeds the demo shop only once', async () => {
    const first = await startTestHost({ dataDir: dir, seed: true });
    const demo = first.demoShopId;
    expect(demo).toEqual(expect.any(String));
    const shop = await first.ok<Shop>('shop', { action: 'open', name: '重启前开的店' }, 'restart-owner');
    await first.close();

    const second = await startTestHost({ dataDir: dir, seed: true });
    try {
      expect(await second.ok('shop', { action: 'mine' }, 'restart-owner')).toEqual(shop);
      expect(second.demoShopId).toBe(demo);
      // the demo shop, its owner's colleagues who carry the uncle's honey, and the one opened here: seeded once
      expect(await second.db.query('SELECT count(*)::int AS n FROM shops')).toEqual([{ n: 2 + demoColleagues.length }]);
    } finally {
      await second.close();
    }
  });

  it('the real host starts on a fresh machine (no data folder yet) and shuts down cleanly on SIGTERM with its data intact', async () => {
    const fresh = path.join(dir, 'not', 'there', 'yet');
    const { url, child, output } = await spawnHost({ DATA_DIR: fresh, DATABASE_URL: '' });
    expect(output()).toMatch(/Demo shop:\s+http:\/\/\S+\/s\/s\w+/);
    const res = await fetch(`${url}/api/fn/shop`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-dev-openid': 'sigterm-owner' },
      body: JSON.stringify({ action: 'open', name: '收工前的店' }),
    });
    expect(res.status).toBe(200);

    const exitCode = await new Promise<number | null>((resolve) => {
      child.on('exit', (code) => resolve(code));
      child.kill('SIGTERM');
    });
    expect(exitCode).toBe(0);

    const reopened = await startTestHost({ dataDir: path.join(fresh, 'pglite') });
    try {
      expect(await reopened.ok('shop', { action: 'mine' }, 'sigterm-owner')).toMatchObject({ name: '收工前的店' });
    } finally {
      await reopened.close();
    }
  });
});
