import { startTestHost, type TestHost } from './helpers/host';

let dev: TestHost;
let prod: TestHost;
beforeAll(async () => {
  [dev, prod] = await Promise.all([startTestHost({ dev: true }), startTestHost({ dev: false })]);
});
afterAll(async () => {
  await Promise.all([dev?.close(), prod?.close()]);
});

async function post(host: TestHost, path: string, body: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${host.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  return { status: res.status, headers: res.headers, body: (await res.json()) as { ok: boolean; error?: Record<string, unknown> } };
}

describe('the local host', () => {
  it('answers malformed JSON with BAD_INPUT 400 and keeps serving', async () => {
    const res = await post(dev, '/api/fn/shop', '{"action": "get", ');
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', message: '请求内容不是有效的 JSON', fields: { body: expect.any(String) } } });
    expect((await dev.call('shop', { action: 'get', shopId: 'x' })).status).toBe(404);
  });

  it('answers a body over 1 MiB with TOO_LARGE 413', async () => {
    const big = JSON.stringify({ action: 'open', name: 'x', intro: 'y'.repeat(1024 * 1024) });
    const res = await post(dev, '/api/fn/shop', big, { 'x-dev-openid': 'big-sender' });
    expect(res.status).toBe(413);
    expect(res.body).toMatchObject({ ok: false, error: { code: 'TOO_LARGE' } });
    expect((await dev.call('shop', { action: 'mine' }, 'big-sender')).status).toBe(404);
  });

  it('answers an empty body, an array body or a text body with BAD_INPUT', async () => {
    for (const body of ['', '[1,2]', '"open"', 'null']) {
      const res = await post(dev, '/api/fn/shop', body);
      expect(res.status).toBe(400);
      expect(res.body.error).toMatchObject({ code: 'BAD_INPUT' });
    }
  });

  it('rejects JSON with a __proto__ key instead of polluting objects', async () => {
    const res = await post(dev, '/api/fn/shop', '{"action":"mine","__proto__":{"polluted":true}}', { 'x-dev-openid': 'p1' });
    expect(res.status).toBe(400);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('answers an unknown function with NOT_FOUND and an unknown action with BAD_INPUT', async () => {
    const fn = await post(dev, '/api/fn/payments', '{"action":"steal"}');
    expect(fn.status).toBe(404);
    expect(fn.body.error).toMatchObject({ code: 'NOT_FOUND' });
    const action = await post(dev, '/api/fn/shop', '{"action":"delete"}');
    expect(action.status).toBe(400);
    expect(action.body.error).toMatchObject({ code: 'BAD_INPUT', fields: { action: expect.any(String) } });
  });

  it('runs an action only for a body declared as application/json: a cross-site text/plain POST with the dev cookie changes nothing', async () => {
    await dev.ok('shop', { action: 'open', name: '跨站测试店', intro: '原来的介绍' }, 'csrf-seller');
    // what a page on another site can send with the visitor's cookie and no CORS preflight
    for (const type of ['text/plain', 'text/plain;charset=UTF-8', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const res = await post(dev, '/api/fn/shop', '{"action":"update","intro":"被改了"}', { 'content-type': type, cookie: 'dev_openid=csrf-seller' });
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', message: '请求须为 JSON（Content-Type: application/json）', fields: { body: expect.any(String) } } });
    }
    const noType = await fetch(`${dev.url}/api/fn/shop`, { method: 'POST', headers: { cookie: 'dev_openid=csrf-seller' } });
    expect(noType.status).toBe(400);
    expect((await dev.ok<{ intro: string }>('shop', { action: 'mine' }, 'csrf-seller')).intro).toBe('原来的介绍');
    // JSON with its charset, in any case, is JSON
    const withCharset = await post(dev, '/api/fn/shop', '{"action":"mine"}', { 'content-type': 'Application/JSON; charset=utf-8', 'x-dev-openid': 'csrf-seller' });
    expect(withCharset.status).toBe(200);
  });

  it('sends nosniff with every answer', async () => {
    for (const path of ['/api/health', '/s/sAbc', '/nope']) {
      expect((await fetch(`${dev.url}${path}`, { redirect: 'manual' })).headers.get('x-content-type-options')).toBe('nosniff');
    }
    expect((await post(dev, '/api/fn/shop', '{"action":"get","shopId":"nope"}')).headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('answers encoded traversal and undecodable paths with 404, never 500', async () => {
    for (const path of ['/uploads/..%2f..%2fpackage.json', '/demo/..%2f..%2f..%2fpackage.json', '/..%2f..%2fpackage.json', '/uploads/a%00.png', '/%zz', '/api/fn/%c0%ae']) {
      const res = await fetch(`${dev.url}${path}`);
      expect([path, res.status]).toEqual([path, 404]);
    }
    const api = await fetch(`${dev.url}/api/fn/%zz`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(await api.json()).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('takes the dev timer\'s time only as a real ISO time', async () => {
    for (const now of ['2026-11-31T11:00+08:00', '-271821-04-20T00:00:00.000Z', 12]) {
      const res = await post(dev, '/api/dev/timer', JSON.stringify({ now }));
      expect(res.status).toBe(400);
      expect(res.body.error).toMatchObject({ code: 'BAD_INPUT', fields: { now: expect.any(String) } });
    }
  });

  it('sends a request id with every response', async () => {
    const res = await post(dev, '/api/fn/shop', '{"action":"get","shopId":"nope"}');
    expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('takes the dev identity from the header, else from the dev_openid cookie', async () => {
    await dev.ok('shop', { action: 'open', name: '饼干铺' }, 'cookie-seller');
    const byCookie = await post(dev, '/api/fn/shop', '{"action":"mine"}', { cookie: 'dev_openid=cookie-seller' });
    expect(byCookie.body).toMatchObject({ ok: true, data: { name: '饼干铺' } });
    const headerWins = await post(dev, '/api/fn/shop', '{"action":"mine"}', { cookie: 'dev_openid=cookie-seller', 'x-dev-openid': 'nobody' });
    expect(headerWins.status).toBe(404);
  });

  it('ignores the dev identity in production mode', async () => {
    const res = await post(prod, '/api/fn/shop', '{"action":"open","name":"冒名店"}', { 'x-dev-openid': 'seller-demo', cookie: 'dev_openid=seller-demo' });
    expect(res.status).toBe(401);
    expect(res.body.error).toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('serves the outbox and the timer only in dev mode', async () => {
    const outbox = await fetch(`${dev.url}/api/dev/outbox`);
    expect(outbox.status).toBe(200);
    const body = (await outbox.json()) as { messages: unknown };
    expect(Object.keys(body)).toEqual(['messages']);
    expect(Array.isArray(body.messages)).toBe(true);
    expect((await fetch(`${prod.url}/api/dev/outbox`)).status).toBe(404);
    expect((await fetch(`${prod.url}/api/dev/timer`, { method: 'POST' })).status).toBe(404);
  });

  it('redirects the short shop link to the shop page', async () => {
    const res = await fetch(`${dev.url}/s/sAbc123`, { redirect: 'manual' });
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('/#/pages/shop/index?shopId=sAbc123');
  });
});
