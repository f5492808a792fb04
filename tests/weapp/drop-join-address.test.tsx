// The join sheet of a drop in WeChat: 使用微信地址 fills the receiver from WeChat's own address book
// (wx.chooseAddress after the privacy authorization), as the checkout does; H5 has no such picker.
import { act, fireEvent, render, screen as view, waitFor } from '@testing-library/react';
import type { Address } from '../../types/order';
import type { Drop, OrderFulfilment } from '../../types/drop';
import { dropUi } from '../../types/zh-CN/drop-ui';
import { ordersUi } from '../../types/zh-CN/orders-ui';
import { JoinSheet } from '../../src/features/drop';
import { addressBook, resetWx, wx } from '../fakes/wx';
import { tap } from '../fakes/tap';

const 王 = {
  userName: '王小明', postalCode: '710000', provinceName: '陕西省', cityName: '西安市', countyName: '雁塔区', streetName: '小寨路街道',
  detailInfo: '长安南路 1 号', detailInfoNew: '长安南路 1 号', nationalCode: '610113', telNumber: '13800000000',
};

beforeEach(() => {
  resetWx();
  addressBook.pick = 王;
});

const drop: Drop = {
  id: 'd1', shopId: 'shop-1', shopName: '阿毛的小店', timeZone: 'Asia/Shanghai', title: '本周秦岭蜂蜜', intro: '',
  items: [{ productId: 'p-honey', title: '土蜂蜜 500g', priceFen: 6800, image: null, stock: 3, limitPerBuyer: 2 }],
  closesAt: '2026-12-03T12:00:00Z', fulfilment: { pickup: [{ name: '三号门', address: '幸福小区三号门', window: '周六 10:00–12:00' }], delivery: true, shipping: true },
  showJoiners: true, status: 'open', closedAt: null, createdAt: '2026-11-28T00:00:00Z',
};

function sheet(way: OrderFulfilment) {
  const onAddress = jest.fn<void, [Address]>();
  render(
    <JoinSheet
      drop={drop}
      quantities={{ 'p-honey': 1 }}
      way={way}
      address={{ name: '', phone: '', detail: '' }}
      onAddress={onAddress}
      errors={{}}
      anonymous={false}
      onAnonymous={() => undefined}
      formError={null}
      submitting={false}
      onConfirm={() => undefined}
      onCancel={() => undefined}
    />,
  );
  return onAddress;
}

async function tapWechatAddress() {
  await act(async () => {
    tap(() => fireEvent.click(view.getByText(new RegExp(dropUi.useWechatAddress))));
  });
}

test('使用微信地址 fills name, phone and the address line from WeChat’s picker, after the privacy authorization', async () => {
  const onAddress = sheet({ kind: 'delivery' });
  await tapWechatAddress();
  await waitFor(() => expect(onAddress).toHaveBeenCalledWith({ name: '王小明', phone: '13800000000', detail: '陕西省西安市雁塔区小寨路街道长安南路 1 号' }));
  expect(wx.log.calls.map((c) => c.api)).toEqual(['requirePrivacyAuthorize', 'chooseAddress']);
});

test('at a pickup point too: the name and phone are what the seller needs', async () => {
  const onAddress = sheet({ kind: 'pickup', pickupIndex: 0 });
  await tapWechatAddress();
  await waitFor(() => expect(onAddress).toHaveBeenCalledWith(expect.objectContaining({ name: '王小明', phone: '13800000000' })));
});

test('refusing the privacy guide says why and changes nothing', async () => {
  wx.privacy.answer = 'disagree';
  const onAddress = sheet({ kind: 'delivery' });
  await tapWechatAddress();
  expect(await view.findByText(ordersUi.checkout.privacyRefused)).toBeTruthy();
  expect(onAddress).not.toHaveBeenCalled();
  expect(wx.log.of('chooseAddress')).toHaveLength(0);
});

test('closing the picker is quiet and changes nothing', async () => {
  wx.privacy.agreed = true;
  addressBook.pick = null;
  const onAddress = sheet({ kind: 'delivery' });
  await tapWechatAddress();
  await waitFor(() => expect(wx.log.of('chooseAddress')).toHaveLength(1));
  expect(onAddress).not.toHaveBeenCalled();
  expect(view.queryByText(ordersUi.checkout.chooseFailed)).toBeNull();
  expect(view.queryByText(ordersUi.checkout.privacyRefused)).toBeNull();
});
