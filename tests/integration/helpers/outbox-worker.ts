/**
 * One timer tick's outbox delivery in a process of its own, for tests/integration/outbox-crash.test.ts to SIGKILL
 * in the middle of it. Its "WeChat" writes each request it receives to WECHAT_LOG the moment it arrives (a line
 * per request, flushed before answering) and answers SEND_MS later: a kill in between is WeChat having the request
 * and us never hearing back. Environment: DATABASE_URL or PGLITE_DIR, NOW (the tick's time), WECHAT_LOG, SEND_MS.
 */
import fs from 'node:fs';
import { deliverOutbox } from '../../../cloud/core/delivery';
import type { OutgoingMessage } from '../../../cloud/core/runtime/ports';
import { silentLogger } from '../../../cloud/core/runtime/logger';
import { openDatabase } from '../../../cloud/db/open';

async function main(): Promise<void> {
  const db = await openDatabase({ databaseUrl: process.env.DATABASE_URL || undefined, dataDir: process.env.PGLITE_DIR });
  const log = process.env.WECHAT_LOG!;
  const sendMs = Number(process.env.SEND_MS ?? 100);
  const sender = {
    name: 'wechat-recorder',
    async send(m: OutgoingMessage) {
      const key = m.kind === 'wxpay.refund' ? (m.payload as { outRefundNo: string }).outRefundNo : m.id;
      fs.appendFileSync(log, `${JSON.stringify({ kind: m.kind, key, payload: m.payload })}\n`);
      await new Promise((r) => setTimeout(r, sendMs));
    },
  };
  const sent = await deliverOutbox({ db, log: silentLogger, sender }, new Date(process.env.NOW!));
  await db.close();
  process.stdout.write(`delivered ${sent}\n`);
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(1);
  },
);
