import fs from 'node:fs';
import path from 'node:path';
import { filesUnder } from '../../scripts/files';

// Issue 15, item 4: the money ledger has one owner. Order actions say what happened (paid, rejected,
// refunded) through cloud/core/payments, inside their own transactions; a statement on payments or refunds
// written anywhere else is how two places come to disagree about what a buyer paid and got back.
// Migrations (cloud/db/migrations/*.sql) shape the tables and are not scanned.
const CLOUD = path.join(__dirname, '../../cloud');
const OWNER = 'core/payments/';
const WRITE = /\b(?:INSERT\s+INTO|UPDATE|DELETE\s+FROM|TRUNCATE(?:\s+TABLE)?)\s+(?:ONLY\s+)?(?:public\.)?"?(payments|refunds)"?(?![\w.])/gi;

/** Every write to payments or refunds in cloud's code, as `file: statement`. */
function writes(): string[] {
  return filesUnder(CLOUD)
    .filter((f) => /\.(?:[cm]?[jt]s)$/.test(f) && !f.endsWith('.d.ts'))
    .flatMap((f) => [...fs.readFileSync(path.join(CLOUD, f), 'utf8').matchAll(WRITE)].map((m) => `${f}: ${m[0].replace(/\s+/g, ' ')}`));
}

describe('who writes money', () => {
  it('sees the statements where they are: the payments module writes both tables', () => {
    // The scan would pass by seeing nothing if the pattern broke; the owner's own writes prove it reads.
    const found = writes().filter((w) => w.startsWith(OWNER));
    expect(found).toEqual(expect.arrayContaining(['core/payments/ledger.ts: INSERT INTO payments', 'core/payments/ledger.ts: UPDATE payments', 'core/payments/refunds.ts: INSERT INTO refunds', 'core/payments/refunds.ts: UPDATE refunds']));
  });

  it('no file outside cloud/core/payments writes payments or refunds', () => {
    expect(writes().filter((w) => !w.startsWith(OWNER))).toEqual([]);
  });

  it.each([
    ['an insert across lines', 'await tx.query(`INSERT INTO\n   payments (id) VALUES ($1)`)', ['payments']],
    ['a lower-case update', "q('update refunds set status = $2')", ['refunds']],
    ['a delete, schema-qualified and quoted', 'DELETE FROM public."payments" WHERE id = $1', ['payments']],
    ['reads and joins are not writes', 'SELECT * FROM payments p LEFT JOIN refunds r ON r.payment_id = p.id; UPDATE orders SET refunds_total = 0', []],
    ['another table that starts with the name', 'UPDATE payments_archive SET x = 1; INSERT INTO refunds_log VALUES (1)', []],
  ])('reads %s', (_label, source, tables) => {
    expect([...source.matchAll(WRITE)].map((m) => m[1])).toEqual(tables);
  });
});
