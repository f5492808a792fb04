import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { openDatabase } from '../db/open';
import type { Database } from '../db/types';
import { seedDemo } from '../core/demo/seed';
import { DEV_IDENTITIES } from '../../types/functions';
import { findShopOfOwner } from '../core/shops/rows';
import { runTimer } from '../core/timer';
import { sandboxPayments } from '../core/payments/provider';
import { sandboxSender } from '../core/delivery';
import { localShareCodes } from '../core/share/codes';
import { localContentSecurity } from '../core/content/local';
import { localFileStore } from '../core/files';
import { systemClock, type Clock, type Deps } from '../core/runtime/context';
import { createLogger, type Logger } from '../core/runtime/logger';
import { buildHost } from './server';

export interface HostConfig {
  port: number;
  host: string;
  /** PGlite directory, or 'memory' */
  dataDir: string;
  databaseUrl?: string;
  dev: boolean;
  seed: boolean;
  h5Dir?: string;
  /** uploaded images; a fresh temporary folder when not given */
  uploadsDir?: string;
  /** timer period in ms; 0 turns the timer off (tests drive it through /api/dev/timer) */
  timerMs: number;
  clock?: Clock;
  log?: Logger;
  /** the address friends open shop links at (PUBLIC_URL); printed on local share codes */
  publicUrl?: string;
}

export interface RunningHost {
  url: string;
  app: FastifyInstance;
  db: Database;
  deps: Deps;
  demoShopId: string | null;
  close(): Promise<void>;
}

export const ROOT = path.resolve(__dirname, '../..');

export async function startHost(config: HostConfig): Promise<RunningHost> {
  const log = config.log ?? createLogger({ service: 'host' });
  const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  let listeningAt = `http://${config.host}:${config.port}`;
  const uploadsDir = config.uploadsDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'shuren-uploads-'));
  const deps: Deps = {
    db,
    clock: config.clock ?? systemClock,
    log,
    payments: sandboxPayments(db),
    sender: sandboxSender,
    codes: localShareCodes(() => config.publicUrl ?? listeningAt),
    // Deterministic: refuses only texts holding 【违规测试】 and images whose address holds 违规测试.
    content: localContentSecurity(),
    // cloud storage's stand-in: exports land in the uploads folder, served at /uploads/exports/ (uploads.ts)
    files: localFileStore(path.join(uploadsDir, 'exports')),
  };

  if (config.seed) {
    const seeded = await seedDemo(db, deps.clock.now());
    if (seeded) log.info('seeded demo shop', { shopId: seeded });
  }
  const demo = await findShopOfOwner(db, DEV_IDENTITIES.seller);

  const app = await buildHost({ deps, dev: config.dev, h5Dir: config.h5Dir, uploadsDir });
  const address = await app.listen({ port: config.port, host: config.host });
  listeningAt = address.replace('[::1]', 'localhost');

  // A tick never overlaps the previous one in this process; across processes the jobs' own locks hold.
  let ticking: Promise<unknown> | null = null;
  const timer =
    config.timerMs > 0
      ? setInterval(() => {
          if (ticking) return;
          ticking = runTimer(deps).finally(() => (ticking = null));
        }, config.timerMs)
      : null;

  let closing: Promise<void> | null = null;
  return {
    url: address.replace('[::1]', 'localhost'),
    app,
    db,
    deps,
    demoShopId: demo?.id ?? null,
    close() {
      closing ??= (async () => {
        if (timer) clearInterval(timer);
        await app.close(); // stops accepting, lets in-flight requests finish
        if (ticking) await ticking;
        await db.close(); // PGlite flushes to DATA_DIR here
      })();
      return closing;
    },
  };
}
