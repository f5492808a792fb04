// The database object's statements as the core relies on them, on both engines. On PGlite each statement text is
// prepared once and reused (cloud/db/pglite.ts): a reused statement must still answer each call's own parameters,
// keep exact bigints and NULLs, survive an error in or out of a transaction, and see data committed after it was
// first prepared.
import { openDatabase } from '../../cloud/db/open';
import type { Database } from '../../cloud/db/types';
import { createScratchDatabase } from './helpers/host';

let db: Database;
let drop: (() => Promise<void>) | null = null;

beforeEach(async () => {
  const server = process.env.DATABASE_URL;
  if (server) {
    const scratch = await createScratchDatabase(server);
    drop = scratch.drop;
    db = await openDatabase({ databaseUrl: scratch.url });
  } else {
    db = await openDatabase({ dataDir: 'memory' });
  }
  await db.exec('CREATE TABLE t (id text PRIMARY KEY, n bigint, note text, at timestamptz)');
});

afterEach(async () => {
  await db.close();
  await drop?.();
  drop = null;
});

const INSERT = 'INSERT INTO t (id, n, note, at) VALUES ($1, $2, $3, $4) RETURNING id, n, note, at';
const GET = 'SELECT id, n, note FROM t WHERE id = $1';

it('answers each call of the same statement with its own parameters, NULLs and exact bigints kept', async () => {
  const at = new Date('2026-11-30T05:00:00.000Z');
  expect(await db.query(INSERT, ['a', 9007199254740991, '核桃', at])).toEqual([{ id: 'a', n: 9007199254740991, note: '核桃', at }]);
  expect(await db.query(INSERT, ['b', -3, null, null])).toEqual([{ id: 'b', n: -3, note: null, at: null }]);
  expect(await db.query(GET, ['b'])).toEqual([{ id: 'b', n: -3, note: null }]);
  expect(await db.query(GET, ['a'])).toEqual([{ id: 'a', n: 9007199254740991, note: '核桃' }]);
  expect(await db.query(GET, ['none'])).toEqual([]);
});

it('a statement that fails rolls its transaction back, and the same statement works afterwards', async () => {
  await db.query(INSERT, ['a', 1, null, null]);
  await expect(
    db.transaction(async (tx) => {
      await tx.query(INSERT, ['c', 2, null, null]);
      await tx.query(INSERT, ['a', 3, null, null]);
    }),
  ).rejects.toMatchObject({ code: '23505' });
  expect(await db.query(GET, ['c'])).toEqual([]);
  await expect(db.query(INSERT, ['a', 4, null, null])).rejects.toMatchObject({ code: '23505' });
  await expect(db.query(INSERT, ['a', 'not a number', null, null])).rejects.toMatchObject({ code: '22P02' });
  await expect(db.query('SELEC nothing')).rejects.toMatchObject({ code: '42601' });
  expect(await db.transaction((tx) => tx.query(INSERT, ['c', 5, null, null]))).toEqual([{ id: 'c', n: 5, note: null, at: null }]);
  expect(await db.query(GET, ['a'])).toEqual([{ id: 'a', n: 1, note: null }]);
});

it('a reused statement sees what other transactions committed since it was first prepared', async () => {
  expect(await db.query(GET, ['d'])).toEqual([]);
  await db.transaction((tx) => tx.query(INSERT, ['d', 7, '后来的', null]));
  expect(await db.query(GET, ['d'])).toEqual([{ id: 'd', n: 7, note: '后来的' }]);
  await db.transaction((tx) => tx.query('UPDATE t SET n = n + $2 WHERE id = $1', ['d', 1]));
  expect(await db.transaction((tx) => tx.query(GET, ['d']))).toEqual([{ id: 'd', n: 8, note: '后来的' }]);
});
