import { act, fireEvent, render, screen } from '@testing-library/react';
import { DevIdentitySwitcher } from '../../src/components/dev-identity-switcher';
import { applyDevIdentityFromUrl, identityFromCookie, identityFromUrl, readDevIdentity, writeDevIdentity } from '../../src/dev/identity';
import { probeDevMode, resetDevModeProbe } from '../../src/dev/dev-mode';
import { reloadPage } from '../../src/dev/reload';
import { useSession } from '../../src/stores/session';
import { ui } from '../../types/zh-CN/ui';

jest.mock('../../src/dev/reload', () => ({ reloadPage: jest.fn() }));

function clearCookie() {
  document.cookie = 'dev_openid=; path=/; max-age=0';
}

beforeEach(() => {
  clearCookie();
  resetDevModeProbe();
  useSession.setState({ devIdentity: null, devMode: 'unknown' });
  (reloadPage as jest.Mock).mockClear();
});

describe('?as=<id> in the address', () => {
  it.each([
    ['http://127.0.0.1:8787/?as=seller-demo#/seller/console/index', 'seller-demo'],
    ['http://127.0.0.1:8787/#/pages/shop/index?shopId=s1&as=friend-demo', 'friend-demo'],
    ['http://127.0.0.1:8787/?as=seller-demo#/pages/shop/index?as=friend-demo', 'friend-demo'],
    ['http://127.0.0.1:8787/#/pages/shop/index?shopId=s1', null],
    ['http://127.0.0.1:8787/?as=<script>#/', null],
    ['http://127.0.0.1:8787/?as=#/', null],
  ])('%s → %p', (href, expected) => {
    expect(identityFromUrl(href)).toBe(expected);
  });

  it('sets the dev_openid cookie on app start', () => {
    window.history.replaceState(null, '', '/?as=seller-demo#/seller/console/index');
    expect(applyDevIdentityFromUrl()).toBe('seller-demo');
    expect(identityFromCookie(document.cookie)).toBe('seller-demo');
    window.history.replaceState(null, '', '/');
  });

  it('writes and clears the cookie', () => {
    writeDevIdentity('friend-demo');
    expect(readDevIdentity()).toBe('friend-demo');
    writeDevIdentity(null);
    expect(readDevIdentity()).toBeNull();
  });
});

describe('the dev identity switcher', () => {
  const fetchMock = jest.fn<Promise<Response>, [string, RequestInit?]>();
  beforeEach(() => {
    fetchMock.mockReset();
    globalThis.fetch = fetchMock as unknown as typeof fetch;
  });

  function health(dev: boolean) {
    fetchMock.mockResolvedValue({ ok: true, status: 200, json: async () => ({ ok: true, data: { db: 'pglite', dev } }) } as Response);
  }

  it('offers seller, friend and anonymous against a dev-mode host, and switches by cookie + reload', async () => {
    health(true);
    render(<DevIdentitySwitcher />);
    await screen.findByText(ui.dev.asSeller('seller-demo'));
    expect(fetchMock).toHaveBeenCalledWith('/api/health', expect.anything());
    expect(screen.getByText(ui.dev.current(null))).toBeTruthy();

    fireEvent.click(screen.getByText(ui.dev.asSeller('seller-demo')));
    expect(identityFromCookie(document.cookie)).toBe('seller-demo');
    expect(reloadPage).toHaveBeenCalledTimes(1);
    expect(await screen.findByText(ui.dev.current('seller-demo'))).toBeTruthy();

    fireEvent.click(screen.getByText(ui.dev.asFriend('friend-demo')));
    expect(identityFromCookie(document.cookie)).toBe('friend-demo');

    fireEvent.click(screen.getByText(ui.dev.anonymous));
    expect(identityFromCookie(document.cookie)).toBeNull();
    expect(await screen.findByText(ui.dev.current(null))).toBeTruthy();
  });

  it('stays hidden against a production host', async () => {
    health(false);
    const { container } = render(<DevIdentitySwitcher />);
    await act(async () => {
      await probeDevMode();
    });
    expect(useSession.getState().devMode).toBe('off');
    expect(container.textContent).toBe('');
  });

  it('renders nothing in the mini program', () => {
    const before = process.env.TARO_ENV;
    process.env.TARO_ENV = 'weapp';
    try {
      const { container } = render(<DevIdentitySwitcher />);
      expect(container.textContent).toBe('');
      expect(fetchMock).not.toHaveBeenCalled();
    } finally {
      process.env.TARO_ENV = before;
    }
  });
});
