// A statement PostgreSQL refuses (a CHECK, a unique key, a division by zero) leaves its connection idle and sound:
// the pool must keep it. pg-pool's own pool.query closed it on any error, so every buyer order.create refused under
// the lock (issue 18: its stock CHECK fails the one statement) cost a new backend — fork, login, cold caches — and
// the 200-buyer race ran at half speed. PostgreSQL only: PGlite has one connection and no pool.
import { openPostgres } from '../../cloud/db/postgres';
import { createScratchDatabase, usingPostgres } from './helpers/host';

(usingPostgres ? it : it.skip)('a refused statement keeps its connection: the next statement runs on the same backend', async () => {
  const scratch = await createScratchDatabase(process.env.DATABASE_URL!);
  const db = await openPostgres(scratch.url, 1);
  try {
    await db.exec('CREATE TABLE stock (id text PRIMARY KEY, n integer NOT NULL CHECK (n >= 0))');
    await db.query("INSERT INTO stock VALUES ('walnut', 1)");
    const [before] = await db.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
    await expect(db.query("UPDATE stock SET n = n - 2 WHERE id = 'walnut'")).rejects.toMatchObject({ code: '23514' });
    const [after] = await db.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
    expect(after.pid).toBe(before.pid);
    // and the refused statement changed nothing
    expect(await db.query("SELECT n FROM stock WHERE id = 'walnut'")).toEqual([{ n: 1 }]);
  } finally {
    await db.close();
    await scratch.drop();
  }
});

