import { z } from 'zod';
import { authedAction, publicAction, type FunctionDef } from '../../cloud/core/runtime/action';
import { dispatch } from '../../cloud/core/runtime/dispatch';
import { AppError } from '../../cloud/core/runtime/errors';
import { createLogger } from '../../cloud/core/runtime/logger';
import type { Deps } from '../../cloud/core/runtime/context';
import type { Database } from '../../cloud/db/types';
import { text } from '../../types/validation';
import { sandboxSender } from '../../cloud/core/delivery';
import { localContentSecurity } from '../../cloud/core/content/local';

const ran: string[] = [];
const fn: FunctionDef = {
  echo: publicAction(z.object({ word: text('词', 5) }), async (_ctx, input) => {
    ran.push(input.word);
    return { word: input.word };
  }),
  whoami: authedAction(z.object({}), async (ctx) => ctx.caller.openId),
  refuse: publicAction(z.object({}), async () => {
    throw new AppError('OUT_OF_STOCK', '库存不足', { productId: 'p1', available: 2 });
  }),
  explode: publicAction(z.object({}), async () => {
    throw new Error('secret connection string leaked in stack');
  }),
};

function makeDeps(lines: string[]): Deps {
  const db = {} as Database; // these actions never touch the database
  const payments = { name: 'none', requestPayment: () => Promise.reject(new Error('not used')), queryOrder: () => Promise.reject(new Error('not used')) };
  return { db, clock: { now: () => new Date('2026-11-23T04:00:00Z') }, log: createLogger({}, (l) => lines.push(l)), payments, sender: sandboxSender, codes: { make: () => Promise.reject(new Error('not used')) }, content: localContentSecurity(), files: { put: () => Promise.reject(new Error('not used')), remove: () => Promise.reject(new Error('not used')) } };
}

async function call(event: unknown, openId: string | null = null, lines: string[] = []) {
  return dispatch({ fn, event, caller: { openId }, deps: makeDeps(lines), requestId: 'req-42' });
}

beforeEach(() => {
  ran.length = 0;
});

describe('dispatch', () => {
  it('wraps data in the ok envelope', async () => {
    expect(await call({ action: 'echo', word: ' 核桃 ' })).toEqual({ ok: true, data: { word: '核桃' } });
  });

  it.each([null, [], 'text', 3])('rejects a non-object event %p as BAD_INPUT', async (event) => {
    const res = await call(event);
    expect(res).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', fields: { body: expect.any(String) } } });
  });

  it('rejects a missing or unknown action as BAD_INPUT naming the action field', async () => {
    const missing = await call({ word: 'x' });
    expect(missing).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', fields: { action: '操作不能为空' } } });
    const unknown = await call({ action: 'toString' });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', message: '不支持的操作：toString' } });
  });

  it('validates before running: bad input changes nothing', async () => {
    const res = await call({ action: 'echo' });
    expect(res).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', details: { fields: { word: '词不能为空' } } } });
    expect(ran).toEqual([]);
  });

  it('answers TOO_LARGE for a text over its bound', async () => {
    const res = await call({ action: 'echo', word: '一二三四五六' });
    expect(res).toMatchObject({ ok: false, error: { code: 'TOO_LARGE', fields: { word: '词最多 5 个字' } } });
    expect(ran).toEqual([]);
  });

  it('validates input before identity', async () => {
    expect(await call({ action: 'whoami', extra: 1 })).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect(await call({ action: 'echo', word: '' })).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
  });

  it('takes identity from the caller, never from the event', async () => {
    expect(await call({ action: 'whoami', openid: 'someone-else' }, 'me')).toEqual({ ok: true, data: 'me' });
    expect(await call({ action: 'whoami', openid: 'someone-else' }, null)).toMatchObject({ error: { code: 'UNAUTHENTICATED' } });
  });

  it('passes a domain error through with its details', async () => {
    const res = await call({ action: 'refuse' });
    expect(res).toEqual({
      ok: false,
      error: { code: 'OUT_OF_STOCK', message: '库存不足', productId: 'p1', available: 2, details: { productId: 'p1', available: 2 } },
    });
  });

  it('hides unexpected errors behind INTERNAL with the request id, and logs them with it', async () => {
    const lines: string[] = [];
    const res = await call({ action: 'explode' }, null, lines);
    expect(res).toEqual({ ok: false, error: { code: 'INTERNAL', message: expect.any(String), requestId: 'req-42' } });
    expect(JSON.stringify(res)).not.toContain('secret');
    const logged = lines.map((l) => JSON.parse(l));
    expect(logged).toEqual([expect.objectContaining({ level: 'error', requestId: 'req-42' })]);
    expect(lines[0]).toContain('secret connection string');
  });
});
