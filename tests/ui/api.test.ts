import { ApiError, callFunction, unwrapEnvelope } from '../../src/api';
import { errorText } from '../../types/zh-CN/errors';
import { ui } from '../../types/zh-CN/ui';

function caught(fn: () => unknown): ApiError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(ApiError);
    return err as ApiError;
  }
  throw new Error('expected an ApiError');
}

describe('unwrapEnvelope', () => {
  it('gives the data of an ok result', () => {
    expect(unwrapEnvelope({ ok: true, data: { id: 's1' } })).toEqual({ id: 's1' });
    expect(unwrapEnvelope({ ok: true, data: null })).toBeNull();
  });

  it('throws the error’s code and its zh-CN message, shown as is', () => {
    const err = caught(() => unwrapEnvelope({ ok: false, error: { code: 'NOT_FOUND', message: '没有找到这家店铺。', requestId: 'r-1' } }));
    expect(err.code).toBe('NOT_FOUND');
    expect(err.message).toBe('没有找到这家店铺。');
    expect(err.requestId).toBe('r-1');
    expect(err).toBeInstanceOf(Error);
  });

  it('carries BAD_INPUT fields, whether sent flat or under details', () => {
    const flat = caught(() =>
      unwrapEnvelope({ ok: false, error: { code: 'BAD_INPUT', message: '店铺名称不能为空', fields: { name: '店铺名称不能为空' } } }),
    );
    expect(flat.fields).toEqual({ name: '店铺名称不能为空' });

    const nested = caught(() =>
      unwrapEnvelope({
        ok: false,
        error: { code: 'OUT_OF_STOCK', message: '库存不足。', productId: 'p1', available: 2, details: { productId: 'p1', available: 2 } },
      }),
    );
    expect(nested.code).toBe('OUT_OF_STOCK');
    expect(nested.details).toEqual({ productId: 'p1', available: 2 });
    expect(nested.fields).toEqual({});
  });

  it('falls back to the code’s default sentence when the message is missing', () => {
    const err = caught(() => unwrapEnvelope({ ok: false, error: { code: 'FORBIDDEN' } }));
    expect(err.message).toBe(errorText.FORBIDDEN);
  });

  it('treats an unknown code as INTERNAL, keeping the message', () => {
    const err = caught(() => unwrapEnvelope({ ok: false, error: { code: 'TEAPOT', message: '出错了' } }));
    expect(err.code).toBe('INTERNAL');
    expect(err.message).toBe('出错了');
  });

  it.each([[null], ['<html>502</html>'], [{ data: 1 }], [{ ok: false }], [[1, 2]]])('rejects %p, which is not an envelope', (raw) => {
    const err = caught(() => unwrapEnvelope(raw));
    expect(err.code).toBe('INTERNAL');
    expect(err.message).toBe(ui.common.badResponse);
  });
});

describe('callFunction over HTTP (H5 and the local host)', () => {
  const fetchMock = jest.fn<Promise<Response>, [string, RequestInit]>();
  beforeEach(() => {
    fetchMock.mockReset();
    globalThis.fetch = fetchMock as unknown as typeof fetch;
  });

  function respond(status: number, body: unknown) {
    fetchMock.mockResolvedValueOnce({ status, ok: status < 300, json: async () => body } as Response);
  }

  it('POSTs {action, ...params} to /api/fn/<name> with cookies and returns the data', async () => {
    respond(200, { ok: true, data: { shop: { id: 's1' }, products: [] } });
    const result = await callFunction('shop', 'get', { shopId: 's1' });
    expect(result).toEqual({ shop: { id: 's1' }, products: [] });
    const [url, init] = fetchMock.mock.calls[0];
    expect(url).toBe('/api/fn/shop');
    expect(init.method).toBe('POST');
    expect(init.credentials).toBe('same-origin');
    expect(JSON.parse(String(init.body))).toEqual({ action: 'get', shopId: 's1' });
  });

  it('reads the envelope of an error status', async () => {
    respond(404, { ok: false, error: { code: 'NOT_FOUND', message: '没有找到这家店铺。' } });
    await expect(callFunction('shop', 'get', { shopId: 'nope' })).rejects.toMatchObject({ code: 'NOT_FOUND', message: '没有找到这家店铺。' });
  });

  it('turns a network failure into INTERNAL with a zh-CN “network unavailable” message', async () => {
    fetchMock.mockRejectedValueOnce(new TypeError('Failed to fetch'));
    const err = await callFunction('shop', 'mine', {}).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect(err).toMatchObject({ code: 'INTERNAL', message: ui.common.networkError });
  });

  it('turns a body that is not JSON into INTERNAL', async () => {
    fetchMock.mockResolvedValueOnce({
      status: 502,
      ok: false,
      json: async () => {
        throw new SyntaxError('Unexpected token <');
      },
    } as unknown as Response);
    await expect(callFunction('shop', 'mine', {})).rejects.toMatchObject({ code: 'INTERNAL', message: ui.common.badResponse });
  });
});
