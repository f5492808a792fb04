/**
 * The upload_shipping_info request built from an order's facts, for every logistics type WeChat documents, and
 * the carrier names sellers write mapped to WeChat's delivery ids. Each request is also put to the fake of
 * WeChat (tests/fakes/wx-server-sdk/shipping.ts), which checks every documented field.
 */
jest.mock('wx-server-sdk', () => jest.requireActual('../fakes/wx-server-sdk').wxServerSdk, { virtual: true });

import { carrierById, DELIVERY_COMPANIES, findCarrier, logisticsKindOf, OTHER_CARRIER, resolveCarrierId } from '../../types/delivery';
import { orderShipSchema } from '../../types/order-schemas';
import { toFieldErrors } from '../../types/validation';
import { buildShippingUpload, itemDesc, maskPhone, uploadTime, type Fulfilment, type ShippingFacts } from '../../cloud/core/shipping/request';
import { fakeWx, wxServerSdk } from '../fakes/wx-server-sdk';
import { fakeShipping } from '../fakes/wx-server-sdk/shipping';

const SF = carrierById('SF')!;
const base: ShippingFacts = {
  payment: { outTradeNo: 'pyAbc123', transactionId: '4200001234202611290000000001', mchId: '1900000109' },
  payerOpenId: 'o-buyer-1',
  items: [
    { title: '商洛山里的野生核桃', qty: 2 },
    { title: '土蜂蜜', qty: 1 },
  ],
  receiverPhone: '138 0013 8000',
  fulfilment: { kind: 'express', company: SF, trackingNo: 'SF1234567890' },
  at: new Date('2026-11-29T04:05:06.789Z'),
};

beforeEach(() => {
  fakeWx.reset();
  fakeShipping.pay({ transactionId: base.payment.transactionId!, mchid: '1900000109', outTradeNo: 'pyAbc123', openid: 'o-buyer-1' });
});

describe('the upload_shipping_info request', () => {
  it('ships by express (1): the carrier id, the tracking number, the masked phone 顺丰 requires, RFC 3339 time in +08:00', async () => {
    const req = buildShippingUpload(base);
    expect(req).toEqual({
      order_key: { order_number_type: 2, transaction_id: '4200001234202611290000000001' },
      logistics_type: 1,
      delivery_mode: 1,
      shipping_list: [{ tracking_no: 'SF1234567890', express_company: 'SF', item_desc: '商洛山里的野生核桃*2；土蜂蜜*1', contact: { receiver_contact: '138****8000' } }],
      upload_time: '2026-11-29T12:05:06.789+08:00',
      payer: { openid: 'o-buyer-1' },
    });
    await expect(wxServerSdk.openapi.wxa.sec.order.uploadShippingInfo(req!)).resolves.toMatchObject({ errCode: 0 });
  });

  it('sends no contact for a carrier that does not need one', () => {
    const req = buildShippingUpload({ ...base, fulfilment: { kind: 'express', company: carrierById('ZTO')!, trackingNo: '78901234567890' } });
    expect(req?.shipping_list).toEqual([{ tracking_no: '78901234567890', express_company: 'ZTO', item_desc: '商洛山里的野生核桃*2；土蜂蜜*1' }]);
  });

  it.each<[Fulfilment['kind'], number]>([
    ['local', 2],
    ['virtual', 3],
    ['pickup', 4],
  ])('%s delivery is logistics_type %i with the items only, and WeChat takes it', async (kind, code) => {
    const req = buildShippingUpload({ ...base, fulfilment: { kind } as Fulfilment });
    expect(req).toMatchObject({ logistics_type: code, delivery_mode: 1, shipping_list: [{ item_desc: '商洛山里的野生核桃*2；土蜂蜜*1' }] });
    expect(Object.keys(req!.shipping_list[0])).toEqual(['item_desc']);
    await expect(wxServerSdk.openapi.wxa.sec.order.uploadShippingInfo(req!)).resolves.toMatchObject({ errCode: 0 });
  });

  it("names the payment by merchant id and out_trade_no when WeChat's transaction id is unknown, and not at all without either", async () => {
    const req = buildShippingUpload({ ...base, payment: { ...base.payment, transactionId: null } });
    expect(req?.order_key).toEqual({ order_number_type: 1, mchid: '1900000109', out_trade_no: 'pyAbc123' });
    await expect(wxServerSdk.openapi.wxa.sec.order.uploadShippingInfo(req!)).resolves.toMatchObject({ errCode: 0 });
    expect(buildShippingUpload({ ...base, payment: { outTradeNo: 'pyAbc123', transactionId: null, mchId: null } })).toBeNull();
  });

  it('keeps item_desc within 120 characters however long the titles', async () => {
    const items = Array.from({ length: 20 }, (_, i) => ({ title: `手工古法红糖姜茶礼盒装第${i}款`, qty: 99 }));
    expect([...itemDesc(items)].length).toBe(120);
    const req = buildShippingUpload({ ...base, items });
    await expect(wxServerSdk.openapi.wxa.sec.order.uploadShippingInfo(req!)).resolves.toMatchObject({ errCode: 0 });
  });

  it('masks all but the last four digits that WeChat wants visible', () => {
    expect(maskPhone('13800138000')).toBe('138****8000');
    expect(maskPhone('+86 139-1234-5678')).toBe('139****5678');
    expect(maskPhone('010-6655443')).toBe('******5443');
    expect(uploadTime(new Date('2026-12-31T16:00:00Z'))).toBe('2027-01-01T00:00:00.000+08:00');
  });

  it('maps a drop\u2019s fulfilment ways to WeChat\u2019s logistics kinds', () => {
    expect(['shipping', 'delivery', 'pickup', 'none'].map((k) => logisticsKindOf(k as 'shipping'))).toEqual(['express', 'local', 'pickup', 'virtual']);
  });
});

describe("the fake WeChat refuses what WeChat refuses (so the builder's pass above means something)", () => {
  const req = () => buildShippingUpload(base)!;
  const upload = (body: unknown) => wxServerSdk.openapi.wxa.sec.order.uploadShippingInfo(body as Record<string, unknown>);
  it.each<[string, (r: Record<string, unknown>) => unknown, number]>([
    ['shipping_list as an object', (r) => ({ ...r, shipping_list: (r.shipping_list as unknown[])[0] }), 47001],
    ['顺丰 without a contact', (r) => ({ ...r, shipping_list: [{ tracking_no: 'SF1', express_company: 'SF', item_desc: '核桃*1' }] }), 10060014],
    ['an unmasked contact', (r) => ({ ...r, shipping_list: [{ tracking_no: 'SF1', express_company: 'SF', item_desc: '核桃*1', contact: { receiver_contact: '13800138000' } }] }), 10060014],
    ['韵达 by its 物流助手 id YUNDA', (r) => ({ ...r, shipping_list: [{ tracking_no: 'YD1', express_company: 'YUNDA', item_desc: '核桃*1' }] }), 10060014],
    ['a time without an offset', (r) => ({ ...r, upload_time: '2026-11-29 12:05:06' }), 268485216],
    ['another buyer', (r) => ({ ...r, payer: { openid: 'o-someone-else' } }), 10060031],
    ['logistics_type 5', (r) => ({ ...r, logistics_type: 5 }), 10060005],
    ['an unknown payment', (r) => ({ ...r, order_key: { order_number_type: 2, transaction_id: '4200009999' } }), 10060001],
  ])('%s', async (_label, change, errCode) => {
    await expect(upload(change(req() as unknown as Record<string, unknown>))).rejects.toMatchObject({ errCode });
  });

  it('a second upload for a shipped payment is the one 重新发货; a third is refused', async () => {
    await upload(req());
    await expect(upload(req())).rejects.toMatchObject({ errCode: 10060023 });
    const other = { ...req(), shipping_list: [{ tracking_no: 'SF999', express_company: 'SF', item_desc: '核桃*1', contact: { receiver_contact: '138****8000' } }] };
    await expect(upload(other)).resolves.toMatchObject({ errCode: 0 });
    await expect(upload({ ...other, shipping_list: [{ ...other.shipping_list[0], tracking_no: 'SF1000' }] })).rejects.toMatchObject({ errCode: 10060003 });
  });
});

describe('carriers', () => {
  it('finds each company by its id, its name and the names sellers type', () => {
    for (const c of DELIVERY_COMPANIES) {
      expect(findCarrier(c.id)).toBe(c);
      expect(findCarrier(c.name)).toBe(c);
      for (const alias of c.aliases) expect(findCarrier(` ${alias.toLowerCase()} `)).toBe(c);
    }
    expect(resolveCarrierId('顺丰')).toBe('SF');
    expect(resolveCarrierId('韵达快递')).toBe('YD');
    expect(resolveCarrierId('其他')).toBe(OTHER_CARRIER);
    expect(resolveCarrierId('小明的三轮车')).toBeNull();
  });

  it('order.ship takes an id or a known name, OTHER with a name, and names the choices otherwise', () => {
    expect(orderShipSchema.parse({ orderId: 'o1', carrier: '中通快递', trackingNo: 'ZT1' })).toEqual({ orderId: 'o1', carrier: 'ZTO', trackingNo: 'ZT1' });
    expect(orderShipSchema.parse({ orderId: 'o1', carrier: 'OTHER', carrierName: '极兔速递', trackingNo: 'JT1' })).toMatchObject({ carrier: 'OTHER', carrierName: '极兔速递' });
    const bad = orderShipSchema.safeParse({ orderId: 'o1', carrier: '小明的三轮车', trackingNo: 'X1' });
    expect(bad.success).toBe(false);
    const fields = toFieldErrors(bad.error!).fields;
    expect(Object.keys(fields)).toEqual(['carrier']);
    for (const c of DELIVERY_COMPANIES) expect(fields.carrier).toContain(c.name);
    const unnamed = orderShipSchema.safeParse({ orderId: 'o1', carrier: 'OTHER', trackingNo: 'X1' });
    expect(Object.keys(toFieldErrors(unnamed.error!).fields)).toEqual(['carrierName']);
  });
});
