// The buyer's address in WeChat: Taro.chooseAddress after the privacy authorization, with the app.json
// declaration (requiredPrivateInfos) and the privacy guide WeChat enforces since 2023-09.
import { act, fireEvent, render, screen as view, waitFor } from '@testing-library/react';
import { ordersUi } from '../../types/zh-CN/orders-ui';
import type { Address } from '../../types/order';
import { AddressSection } from '../../src/features/checkout/components/address-section.weapp';
import { pickWechatAddress } from '../../src/features/checkout/wechat-address';
import { addressBook, resetWx, wx } from '../fakes/wx';
import { tap } from '../fakes/tap';
import { appJson } from '../fakes/wx/appConfig';

const 王 = {
  userName: '王小明', postalCode: '710000', provinceName: '陕西省', cityName: '西安市', countyName: '雁塔区', streetName: '小寨路街道',
  detailInfo: '长安南路 1 号', detailInfoNew: '长安南路 1 号', nationalCode: '610113', telNumber: '13800000000',
};

beforeEach(() => {
  resetWx();
  addressBook.pick = 王;
});

test('app.json declares chooseAddress in requiredPrivateInfos (else WeChat refuses it outright)', () => {
  expect(appJson().requiredPrivateInfos).toContain('chooseAddress');
});

test('privacy asked first, then the address picker: the address arrives whole', async () => {
  const picked = await pickWechatAddress();
  expect(picked).toEqual({ status: 'ok', address: { name: '王小明', phone: '13800000000', detail: '陕西省西安市雁塔区小寨路街道长安南路 1 号' } });
  expect(wx.log.calls.map((c) => c.api)).toEqual(['requirePrivacyAuthorize', 'chooseAddress']);
  expect(wx.privacy.popups).toBe(1); // WeChat's own privacy popup, once
});

test('a user who refuses the privacy guide gets "refused", and chooseAddress is not even tried', async () => {
  wx.privacy.answer = 'disagree';
  expect(await pickWechatAddress()).toEqual({ status: 'refused' });
  expect(wx.log.of('chooseAddress')).toHaveLength(0);
});

test('an address type missing from the MP admin privacy guide (errno 112) is a visible failure, not "cancelled"', async () => {
  wx.privacy.declared.delete('chooseAddress');
  wx.privacy.agreed = true;
  const picked = await pickWechatAddress();
  expect(picked.status).toBe('failed');
  expect(wx.log.of('chooseAddress')[0].outcome).toEqual(expect.objectContaining({ errCode: 112 }));
});

test('closing the picker is a quiet "cancelled"', async () => {
  wx.privacy.agreed = true;
  addressBook.pick = null;
  expect(await pickWechatAddress()).toEqual({ status: 'cancelled' });
});

function Checkout() {
  const [address, setAddress] = [{ name: '', phone: '', detail: '' } as Address, jest.fn()];
  return <AddressSection address={address} errors={{}} onChange={setAddress} />;
}

test('the checkout card: tapping it, refusing privacy, shows why in zh-CN', async () => {
  wx.privacy.answer = 'disagree';
  render(<Checkout />);
  const card = document.querySelector('.address-picker') as HTMLElement;
  await act(async () => {
    tap(() => fireEvent.click(card));
  });
  expect(await view.findByText(ordersUi.checkout.privacyRefused)).toBeTruthy();
});

test('the checkout card: a chosen address is handed to the form', async () => {
  const onChange = jest.fn();
  render(<AddressSection address={{ name: '', phone: '', detail: '' }} errors={{}} onChange={onChange} />);
  await act(async () => {
    tap(() => fireEvent.click(document.querySelector('.address-picker') as HTMLElement));
  });
  await waitFor(() => expect(onChange).toHaveBeenCalledWith({ name: '王小明', phone: '13800000000', detail: '陕西省西安市雁塔区小寨路街道长安南路 1 号' }));
});
