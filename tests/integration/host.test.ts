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

  it('reads a JSON body whatever content type was declared', async () => {
    const res = await post(dev, '/api/fn/shop', '{"action":"get","shopId":"nope"}', { 'content-type': 'text/plain' });
    expect(res.status).toBe(404);
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
