/**
 * `DATABASE_URL=postgres://… npm run migrate`: the deploy step from a machine that reaches the database
 * (the same as the migrate cloud function, which runs inside the VPC). Applies the pending migrations of
 * cloud/db/migrations, each in its own transaction under a table lock (safe to run twice at once), and
 * prints what it applied. Cloud functions only check the schema at a cold start (cloud/db/open.ts).
 */
import { listMigrations, migrate } from '../cloud/db/migrate';
import { openPostgres } from '../cloud/db/postgres';

async function main(): Promise<number> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    process.stderr.write('DATABASE_URL is not set: DATABASE_URL=postgres://user:password@host:5432/shuren npm run migrate\n');
    return 1;
  }
  const db = await openPostgres(url, 1);
  try {
    const applied = await migrate(db);
    const version = Math.max(0, ...listMigrations().map((m) => m.version));
    process.stdout.write(applied.length ? `applied ${applied.join(', ')}; schema at ${version}\n` : `nothing to apply; schema at ${version}\n`);
    return 0;
  } finally {
    await db.close();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`migrate failed (the failing migration rolled back): ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  },
);
