import path from 'node:path';
import { ROOT, startHost } from './start';
import { ui } from '../../types/zh-CN/ui';

/** `npm start` / `npm run host`: the local host on PORT with the embedded database in DATA_DIR. */
async function main() {
  const dev = process.env.NODE_ENV !== 'production';
  const dataDir = process.env.DATA_DIR ?? path.join(ROOT, '.data');
  const running = await startHost({
    port: Number(process.env.PORT ?? 8787),
    host: process.env.HOST ?? '127.0.0.1',
    dataDir: dataDir === 'memory' ? 'memory' : path.join(path.resolve(dataDir), 'pglite'),
    databaseUrl: process.env.DATABASE_URL || undefined,
    dev,
    seed: dev && process.env.SEED_DEMO !== '0',
    h5Dir: path.join(ROOT, 'dist', 'h5'),
    uploadsDir: dataDir === 'memory' ? undefined : path.join(path.resolve(dataDir), 'uploads'),
    timerMs: 60_000,
    publicUrl: process.env.PUBLIC_URL,
  });

  const base = running.url;
  process.stdout.write(
    [
      '',
      `  ${ui.appName} is running: ${base}`,
      running.demoShopId ? `  Demo shop:          ${base}/s/${running.demoShopId}` : '',
      dev ? `  Act as the seller:  ${base}/?as=seller-demo  (the launch page leads to the console)` : '',
      `  Database:           ${running.db.kind === 'postgres' ? 'PostgreSQL (DATABASE_URL)' : dataDir === 'memory' ? 'PGlite in memory' : `PGlite in ${dataDir}`}`,
      '',
    ]
      .filter((l) => l !== '')
      .join('\n') + '\n',
  );

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    process.stdout.write(`${signal}: shutting down…\n`);
    running.close().then(
      () => process.exit(0),
      (err) => {
        process.stderr.write(`shutdown failed: ${String(err)}\n`);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main().catch((err) => {
  process.stderr.write(`failed to start: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
