import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import SellerSettingsPage from '../../src/seller/settings';
import { callFunction } from '../../src/api';
import type { Shop } from '../../types/shop';
import { formsUi } from '../../types/zh-CN/forms-ui';
import { aShop } from './fixtures';

jest.mock('../../src/api', () => {
  const envelope = jest.requireActual<typeof import('../../src/api/envelope')>('../../src/api/envelope');
  return { ...envelope, callFunction: jest.fn() };
});
jest.mock('../../src/dev/dev-mode', () => ({ probeDevMode: () => Promise.resolve('off') }));

const call = callFunction as jest.MockedFunction<typeof callFunction>;
const F = formsUi.settings;

/** A backend that keeps the shop as `shop.update` would: fields left out stay, null clears, a merchant id only shows as `wechatPay`. */
function backend(initial: Shop) {
  let shop = initial;
  const updates: Record<string, unknown>[] = [];
  call.mockImplementation(((fn: string, action: string, params: Record<string, unknown>) => {
    if (fn === 'shop' && action === 'mine') return Promise.resolve(shop);
    if (fn === 'shop' && action === 'update') {
      updates.push(params);
      const p = params as { name?: string; intro?: string | null; payment?: { wechatSubMchId?: string; transferNote?: string | null } };
      shop = {
        ...shop,
        ...(p.name !== undefined ? { name: p.name } : {}),
        ...(p.intro !== undefined ? { intro: p.intro ?? '' } : {}),
        payment: {
          ...shop.payment,
          ...(p.payment?.wechatSubMchId ? { wechatPay: true } : {}),
          ...(p.payment?.transferNote !== undefined ? { transferNote: p.payment.transferNote ?? '' } : {}),
        },
      };
      return Promise.resolve(shop);
    }
    return Promise.reject(new Error(`unexpected ${fn}.${action}`));
  }) as never);
  return updates;
}

const input = (container: HTMLElement, selector: string, value: string) =>
  act(() => {
    fireEvent(container.querySelector(selector) as HTMLElement, new CustomEvent('input', { detail: { value } }));
  });

beforeEach(() => call.mockReset());

describe('the settings page', () => {
  it('has one save for the whole page', async () => {
    backend(aShop());
    const { container } = render(<SellerSettingsPage />);
    await screen.findByText(F.shopSection);
    expect(container.querySelectorAll('.submit-button')).toHaveLength(1);
    expect(screen.getByText(F.save)).toBeTruthy();
  });

  it('a merchant id typed and saved stays as 已设置 with 修改, and the other fields keep what they had', async () => {
    const shop = aShop({ payment: { wechatPay: false, transferNote: '微信转账给林晓', transferQrUrl: null } });
    const updates = backend(shop);
    const { container } = render(<SellerSettingsPage />);
    await screen.findByText(F.shopSection);
    expect(screen.queryByText(F.subMchSaved)).toBeNull();

    await input(container, '.field--sub-mch .field__input', '1900000109');
    fireEvent.click(container.querySelector('.save-settings') as HTMLElement);

    await screen.findByText(F.subMchSaved);
    // Only what changed went to the server: nothing else can have been cleared.
    expect(updates).toEqual([{ payment: { wechatSubMchId: '1900000109' } }]);
    expect(container.querySelector('.field--sub-mch .field__input')).toBeNull();
    expect((container.querySelector('.field--name .field__input') as HTMLElement & { value: string }).value).toBe(shop.name);
    expect((container.querySelector('.field--intro .field__textarea') as HTMLElement & { value: string }).value).toBe(shop.intro);
    expect((container.querySelector('.field--transfer-note .field__textarea') as HTMLElement & { value: string }).value).toBe('微信转账给林晓');

    // Saving the name later sends the name alone; the merchant id stays set.
    await input(container, '.field--name .field__input', '林晓的山货');
    fireEvent.click(container.querySelector('.save-settings') as HTMLElement);
    await waitFor(() => expect(updates).toHaveLength(2));
    expect(updates[1]).toEqual({ name: '林晓的山货' });
    expect(screen.getByText(F.subMchSaved)).toBeTruthy();
  });

  it('修改 opens an empty field for a new id; 不修改了 keeps the saved one; an emptied intro is cleared, not ignored', async () => {
    const updates = backend(aShop({ payment: { wechatPay: true, transferNote: '转账', transferQrUrl: null } }));
    const { container } = render(<SellerSettingsPage />);
    await screen.findByText(F.subMchSaved);

    fireEvent.click(container.querySelector('.change-sub-mch') as HTMLElement);
    await input(container, '.field--sub-mch .field__input', '12');
    fireEvent.click(container.querySelector('.keep-sub-mch') as HTMLElement);
    await screen.findByText(F.subMchSaved);

    await input(container, '.field--intro .field__textarea', '');
    fireEvent.click(container.querySelector('.save-settings') as HTMLElement);
    await waitFor(() => expect(updates).toEqual([{ intro: null }]));
  });

  it('a bad merchant id is refused at the field and nothing is sent', async () => {
    const updates = backend(aShop());
    const { container } = render(<SellerSettingsPage />);
    await screen.findByText(F.shopSection);
    await input(container, '.field--sub-mch .field__input', '123');
    fireEvent.click(container.querySelector('.save-settings') as HTMLElement);
    await waitFor(() => expect(container.querySelector('.field--sub-mch .field-error')).not.toBeNull());
    expect(updates).toEqual([]);
  });
});
