import { decodeScene } from '../../types/scene';
import { appPages } from '../fakes/app-pages';

jest.mock('wx-server-sdk', () => jest.requireActual('../fakes/wx-server-sdk').wxServerSdk, { virtual: true });

import { fakeWx } from '../fakes/wx-server-sdk';
import { wxacodeOptions } from '../fakes/wx-server-sdk/wxacode';
import { wxaCodes } from '../../cloud/functions/wxacode';

beforeEach(() => {
  fakeWx.reset();
  wxacodeOptions.releasedPages = appPages();
});

describe('the poster code made with wxacode.getUnlimited', () => {
  it('opens the product page, whose scene decodes back to the product', async () => {
    const code = await wxaCodes().make({ shopId: 's23456789abcde', productId: 'pABCDEFGHJKLMN' });
    const [call] = fakeWx.log.of('openapi.wxacode.getUnlimited');
    expect(call.outcome).toBe('ok');
    const args = call.args as { page: string; scene: string; envVersion: string };
    expect(args.page).toBe('pages/product/index');
    expect(args.envVersion).toBe('release');
    // What the product page will receive: options.scene, URL-encoded.
    expect(decodeScene(encodeURIComponent(args.scene))).toEqual({ kind: 'product', productId: 'pABCDEFGHJKLMN' });
    expect(code).toMatchObject({ kind: 'wxacode', page: 'pages/product/index', scene: args.scene });
    expect(code.image).toMatch(/^data:image\/png;base64,/);
  });

  it('opens the shop page for a shop code', async () => {
    await wxaCodes('trial').make({ shopId: 's23456789abcde', productId: null });
    const args = fakeWx.log.of('openapi.wxacode.getUnlimited')[0].args as { page: string; scene: string; envVersion: string };
    expect(args).toMatchObject({ page: 'pages/shop/index', envVersion: 'trial' });
    expect(decodeScene(encodeURIComponent(args.scene))).toEqual({ kind: 'shop', shopId: 's23456789abcde' });
  });

  it('fails loudly, not with a code that leads nowhere, when the page is not in the app', async () => {
    wxacodeOptions.releasedPages = appPages().filter((p) => p !== 'pages/product/index');
    await expect(wxaCodes().make({ shopId: 's23456789abcde', productId: 'pABCDEFGHJKLMN' })).rejects.toMatchObject({ errCode: 41030 });
  });
});
