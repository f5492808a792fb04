import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { Current } from '@tarojs/runtime';
import ProductEditPage from '../../src/seller/product-edit';
import { ShopForm } from '../../src/features/seller';
import { callFunction, unwrapEnvelope } from '../../src/api';
import { ui } from '../../types/zh-CN/ui';
import { contentText } from '../../types/zh-CN/content';
import { errorOf, typeInto } from '../helpers/form';

jest.mock('../../src/api', () => {
  const envelope = jest.requireActual<typeof import('../../src/api/envelope')>('../../src/api/envelope');
  return { ...envelope, callFunction: jest.fn() };
});

const call = callFunction as jest.MockedFunction<typeof callFunction>;

/** What the backend answers (422) when WeChat's content check refuses a field: the contract's error body. */
function refusal(field: string, label: string) {
  const fields = { [field]: contentText.fieldRejected };
  try {
    unwrapEnvelope({ ok: false, error: { code: 'CONTENT_REJECTED', message: contentText.rejected(label), fields, details: { fields } } });
  } catch (err) {
    // the app knows the code (else it would read INTERNAL) and keeps the named fields
    expect(err).toMatchObject({ code: 'CONTENT_REJECTED', fields });
    return err;
  }
  throw new Error('unwrapEnvelope accepted an error body');
}

beforeEach(() => call.mockReset());

describe('a text WeChat’s content check refused shows its message under that field', () => {
  it('the product form: under the story, the others untouched, and gone once the seller edits it', async () => {
    call.mockRejectedValueOnce(refusal('story', '商品故事'));
    Current.router = { params: {}, path: '/seller/product-edit/index', $taroPath: 'seller/product-edit/index', onReady: '', onHide: '', onShow: '' };
    const { container } = render(<ProductEditPage />);
    await typeInto(container, 'title', '土蜂蜜');
    await typeInto(container, 'price', '68');
    await typeInto(container, 'stock', '3');
    await typeInto(container, 'story', '【违规测试】');
    fireEvent.click(screen.getByText(ui.productForm.create));

    await waitFor(() => expect(errorOf(container, 'story')).toBe('这段文字没有通过微信的内容安全检查，请修改后再试'));
    expect(errorOf(container, 'title')).toBeNull();
    expect(container.querySelector('.form-message')?.textContent).toBe('商品故事没有通过微信的内容安全检查，请修改后再试。');

    await typeInto(container, 'story', '山里的土蜂。');
    expect(errorOf(container, 'story')).toBeNull();
  });

  it('the shop form: under the name when opening a shop', async () => {
    call.mockRejectedValueOnce(refusal('name', '店铺名称'));
    const onSaved = jest.fn();
    const { container } = render(<ShopForm shop={null} submitLabel='开店' busyLabel='开店中' onSaved={onSaved} />);
    await typeInto(container, 'name', '【违规测试】小店');
    fireEvent.click(screen.getByText('开店'));

    await waitFor(() => expect(errorOf(container, 'name')).toBe(contentText.fieldRejected));
    expect(errorOf(container, 'intro')).toBeNull();
    expect(call).toHaveBeenCalledWith('shop', 'open', { name: '【违规测试】小店' });
    expect(onSaved).not.toHaveBeenCalled();
  });
});
