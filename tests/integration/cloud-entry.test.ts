import type { Shop } from '../../types/shop';
import { hostPerFile } from './helpers/host';

// What WeChat's cloud would tell the function about the caller.
const wxContext: { OPENID?: string } = {};
jest.mock(
  'wx-server-sdk',
  () => ({ DYNAMIC_CURRENT_ENV: Symbol('env'), init: jest.fn(), getWXContext: () => ({ ...wxContext }) }),
  { virtual: true },
);

import { createCloudMain } from '../../cloud/functions/entry';
import { shopFunction } from '../../cloud/core/shops';

const host = hostPerFile();

describe('the CloudBase entry of the shop function', () => {
  const main = () => createCloudMain('shop', shopFunction, {}, async () => host.deps);

  it('acts as the OPENID WeChat reports, whatever openid the event claims', async () => {
    wxContext.OPENID = 'wx-openid-alice';
    const opened = await main()({ action: 'open', name: '爱丽丝的花店', openid: 'wx-openid-bob', userInfo: { openId: 'wx-openid-bob' } });
    expect(opened).toMatchObject({ ok: true, data: { name: '爱丽丝的花店' } });

    const viaHttp = await host.ok<Shop>('shop', { action: 'mine' }, 'wx-openid-alice');
    expect(viaHttp.id).toBe((opened as { data: Shop }).data.id);
    expect((await host.call('shop', { action: 'mine' }, 'wx-openid-bob')).status).toBe(404);
  });

  it('treats a call without OPENID as anonymous', async () => {
    delete wxContext.OPENID;
    expect(await main()({ action: 'mine' })).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });

  it('answers INTERNAL, not a crash, when the database cannot be opened', async () => {
    const broken = createCloudMain('shop', shopFunction, {}, async () => {
      throw new Error('connection refused');
    });
    const res = await broken({ action: 'mine' });
    expect(res).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(JSON.stringify(res)).not.toContain('connection refused');
  });
});
