// The api client in the mini program: Taro.cloud.callFunction({ name, data }) with the contract's
// envelope as the function's result (CONTRACT.md "Transport"), against the fake of wx.cloud.callFunction.
import { callFunction } from '../../src/api/client';
import { isApiError } from '../../src/api/envelope';
import { cloudFunctions, cloudState, resetWx, wx } from '../fakes/wx';

beforeEach(() => {
  resetWx();
});

test('an action goes to the cloud function of its name, with the event as data, and resolves with data', async () => {
  const events: unknown[] = [];
  cloudFunctions.deployed.set('shop', (event) => {
    events.push(event);
    return { ok: true, data: { id: 's1', name: '林晓的小店' } };
  });

  const shop = await callFunction('shop', 'get', { shopId: 's1' });

  expect(shop).toEqual({ id: 's1', name: '林晓的小店' });
  expect(events).toEqual([{ shopId: 's1', action: 'get' }]);
  expect(wx.log.of('cloud.callFunction')).toEqual([expect.objectContaining({ args: expect.objectContaining({ name: 'shop' }), outcome: 'ok' })]);
});

test('the identity is never sent by the client: the function reads it from WeChat', async () => {
  let seen: Record<string, unknown> = {};
  cloudFunctions.deployed.set('shop', (event) => {
    seen = event;
    return { ok: true, data: null };
  });
  await callFunction('shop', 'mine', {});
  expect(Object.keys(seen)).toEqual(['action']);
});

test('an error envelope becomes an ApiError with its code, zh-CN message and details', async () => {
  cloudFunctions.deployed.set('order', () => ({
    ok: false,
    error: { code: 'OUT_OF_STOCK', message: '库存不足，只剩 2 件', productId: 'p1', available: 2 },
  }));
  const err = await callFunction('order', 'create', {
    shopId: 's1',
    items: [{ productId: 'p1', qty: 3 }],
    address: { name: '王', phone: '13800000000', detail: '北京' },
    idempotencyKey: 'key-12345678',
  }).catch((e: unknown) => e);
  expect(isApiError(err) && err.code).toBe('OUT_OF_STOCK');
  expect(isApiError(err) && err.message).toBe('库存不足，只剩 2 件');
  expect(isApiError(err) && err.details).toEqual(expect.objectContaining({ productId: 'p1', available: 2 }));
});

test('a function missing from the environment (-501000) is a network-style failure with a zh-CN sentence', async () => {
  const err = await callFunction('shop', 'get', { shopId: 's1' }).catch((e: unknown) => e);
  expect(isApiError(err) && err.code).toBe('INTERNAL');
  expect(isApiError(err) && /[\u4e00-\u9fa5]/.test(err.message)).toBe(true);
  expect(wx.log.of('cloud.callFunction')[0].outcome).toEqual(expect.objectContaining({ errCode: -501000 }));
});

test('a function that crashes (-404011) or answers something that is not the envelope is INTERNAL, not a silent success', async () => {
  cloudFunctions.deployed.set('shop', () => {
    throw new Error('boom');
  });
  const crashed = await callFunction('shop', 'mine', {}).catch((e: unknown) => e);
  expect(isApiError(crashed) && crashed.code).toBe('INTERNAL');

  cloudFunctions.deployed.set('shop', () => 'ok');
  const odd = await callFunction('shop', 'mine', {}).catch((e: unknown) => e);
  expect(isApiError(odd) && odd.code).toBe('INTERNAL');
});

test('the client relies on app.ts having called wx.cloud.init: without it WeChat refuses the call', async () => {
  cloudState.initialized = false;
  cloudFunctions.deployed.set('shop', () => ({ ok: true, data: null }));
  await expect(callFunction('shop', 'mine', {})).rejects.toBeTruthy();
  expect(wx.log.of('cloud.callFunction')[0].outcome).not.toBe('ok');
});
