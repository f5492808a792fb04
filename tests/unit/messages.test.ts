/**
 * Subscription messages to the letter: every keyword type's formatter produces what its validator (the
 * rule WeChat documents, also used by the fake of subscribeMessage.send) accepts, for any input; and
 * every message kind of the registry, for any data, produces a call the fake WeChat accepts.
 */
import fc from 'fast-check';
import { KEYWORD_TYPES, RULES, formatKeyword, keywordProblem, type KeywordType, type RawValueOf } from '../../types/messages-format';
import { MESSAGES, MESSAGE_KINDS, buildSubscribeRequest, messageData, type Message, type MessageKind } from '../../types/messages';
import { BUYER_TEMPLATES, SELLER_TEMPLATES, SUPPLIER_TEMPLATES, TEMPLATES, TEMPLATE_NAMES, parseTemplateIds } from '../../types/messages-templates';
import { CallLog, WxError } from '../fakes/calls';
import { fakeSubscribe, subscribeMessageApi } from '../fakes/wx-server-sdk/subscribeMessage';

const propertySeed = process.env.PROPERTY_SEED;
if (propertySeed !== 'random') fc.configureGlobal({ seed: propertySeed ? Number(propertySeed) : 20261129 });

const ZONES = ['Asia/Shanghai', 'Asia/Tokyo', 'America/New_York', 'Europe/London', 'Australia/Lord_Howe', 'Not/AZone'];
const zone = fc.constantFrom(...ZONES);
/** any text people type: Chinese, emoji, control characters, lone surrogates */
const anyText = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 60 }), fc.string({ unit: 'binary', maxLength: 60 }), fc.string({ maxLength: 40 }), fc.constant(''));
const anInstant = fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2099-12-31T23:59:59Z'), noInvalidDate: true });

const raw: { [T in KeywordType]: fc.Arbitrary<RawValueOf[T]> } = {
  thing: anyText,
  number: fc.oneof(fc.double({ min: 0, max: 1e40, noNaN: true }), fc.nat(), anyText),
  letter: anyText,
  symbol: anyText,
  character_string: anyText,
  time: fc.oneof(anInstant, anInstant.map((d) => d.toISOString()), fc.constant('not a time')),
  date: fc.oneof(anInstant, anInstant.map((d) => d.toISOString())),
  amount: fc.oneof(fc.integer({ min: 0, max: 99 * 20 * 10_000_000 }), fc.integer({ min: -1000, max: 1e15 })),
  phone_number: anyText,
  name: anyText,
  phrase: anyText,
};

describe('keyword rules', () => {
  it.each(KEYWORD_TYPES)('%s: whatever the data, the formatted value meets the documented rule', (type) => {
    fc.assert(
      fc.property(raw[type] as fc.Arbitrary<RawValueOf[typeof type]>, zone, (value, timeZone) => {
        const out = formatKeyword(type, value, { timeZone });
        expect(RULES[type].valid(out)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('formats as WeChat shows them', () => {
    const sh = { timeZone: 'Asia/Shanghai' };
    expect(formatKeyword('amount', 1250, sh)).toBe('¥12.50');
    expect(formatKeyword('amount', 5, sh)).toBe('¥0.05');
    // 11 digits with the fen: the fen go, the rule's 10 digits stay
    expect(formatKeyword('amount', 19_800_000_000, sh)).toBe('¥198000000');
    expect(formatKeyword('time', '2026-11-29T12:00:00Z', sh)).toBe('2026年11月29日 20:00');
    expect(formatKeyword('time', '2026-11-29T12:00:00Z', { timeZone: 'America/New_York' })).toBe('2026年11月29日 07:00');
    expect(formatKeyword('date', '2026-11-29T17:00:00Z', sh)).toBe('2026年11月30日');
    expect(formatKeyword('thing', '商洛山里的野生核桃，今年第一批新货到了快来看看', sh)).toBe('商洛山里的野生核桃，今年第一批新货到了…');
    expect(formatKeyword('thing', '第一行\n第二行', sh)).toBe('第一行 第二行');
    expect(formatKeyword('phrase', '已发货 (SF)', sh)).toBe('已发货');
    expect(formatKeyword('character_string', '顺丰 SF1234567890', sh)).toBe('SF1234567890');
    expect(formatKeyword('name', '林晓 Lin', sh)).toBe('林晓Lin');
  });

  it('rejects what WeChat documents as wrong (errcode 47003 naming the keyword)', () => {
    expect(keywordProblem('thing1', '一二三四五六七八九十一二三四五六七八九十一')).toMatch(/data\.thing1\.value invalid/);
    expect(keywordProblem('thing1', '')).toBe('data.thing1.value is empty');
    expect(keywordProblem('amount3', '12.50')).toMatch(/amount3/);
    expect(keywordProblem('amount3', '¥12.50')).toBeNull();
    expect(keywordProblem('amount3', '¥12.50元')).toBeNull();
    expect(keywordProblem('phrase4', '配送中')).toBeNull();
    expect(keywordProblem('phrase4', '正在配送中啊')).toMatch(/phrase4/);
    expect(keywordProblem('phrase4', 'ok')).toMatch(/phrase4/);
    expect(keywordProblem('time2', '2026年11月29日 20:00')).toBeNull();
    expect(keywordProblem('time2', '15:01~16:30')).toBeNull();
    expect(keywordProblem('time2', '2026-11-29 20:00')).toMatch(/time2/);
    expect(keywordProblem('time2', '25:00')).toMatch(/time2/);
    expect(keywordProblem('date3', '2019年10月1日')).toBeNull();
    expect(keywordProblem('character_string5', 'o2026abc_XYZ-9')).toBeNull();
    expect(keywordProblem('character_string5', '订单o1')).toMatch(/character_string5/);
    expect(keywordProblem('character_string5', 'x'.repeat(33))).toMatch(/character_string5/);
    expect(keywordProblem('number1', '12.5')).toBeNull();
    expect(keywordProblem('number1', '-1')).toMatch(/number1/);
    expect(keywordProblem('name1', '欧阳娜娜')).toBeNull();
    expect(keywordProblem('name1', 'Lin Xiao')).toMatch(/name1/);
    expect(keywordProblem('phone_number1', '+86-0766-66888866')).toBeNull();
  });
});

// ------------------------------------------------------------------ the registry

const facts = fc.record({
  orderId: fc.constantFrom('o2345678abcdefg', 'oZZZZZZZZZZZZZZ'),
  shopName: anyText,
  productSummary: anyText,
  totalFen: fc.integer({ min: 1, max: 99 * 20 * 10_000_000 }),
  createdAt: anInstant.map((d) => d.toISOString()),
  at: anInstant.map((d) => d.toISOString()),
  timeZone: zone,
});
const by = fc.constantFrom('buyer' as const, 'owner' as const, 'system' as const);
const afterSaleType = fc.constantFrom('refund' as const, 'return' as const);

/** Every kind × every recipient it has a binding for, with arbitrary data. */
const anyMessage: fc.Arbitrary<Message> = fc.oneof(
  fc.record({ message: fc.constant('post_reminder' as const), to: fc.constant('owner' as const), postId: fc.constant('m2345678abcdefg'), text: anyText, at: anInstant.map((d) => d.toISOString()), timeZone: zone }),
  fc.record({
    message: fc.constant('shop_update' as const),
    to: fc.constant('follower' as const),
    shopId: fc.constant('s2345678abcdefg'),
    shopName: anyText,
    productId: fc.option(fc.constant('p2345678abcdefg'), { nil: null }),
    text: anyText,
    at: anInstant.map((d) => d.toISOString()),
    timeZone: zone,
  }),
  facts.map((f) => ({ ...f, message: 'order.created' as const, to: 'owner' as const })),
  fc.tuple(facts, fc.constantFrom('owner' as const, 'buyer' as const), fc.constantFrom('wechat' as const, 'transfer' as const)).map(([f, to, method]) => ({ ...f, message: 'order.paid' as const, to, method })),
  facts.map((f) => ({ ...f, message: 'order.payment_rejected' as const, to: 'buyer' as const })),
  fc.tuple(facts, anyText, anyText).map(([f, carrier, trackingNo]) => ({ ...f, message: 'order.shipped' as const, to: 'buyer' as const, carrier, trackingNo })),
  fc.tuple(facts, fc.constantFrom('owner' as const, 'buyer' as const), by, fc.option(anyText, { nil: null }), fc.boolean()).map(([f, to, b, reason, refunded]) => ({
    ...f,
    message: 'order.cancelled' as const,
    to,
    by: b,
    reason,
    refunded,
  })),
  fc.tuple(facts, afterSaleType, anyText).map(([f, type, reason]) => ({ ...f, message: 'order.after_sale_requested' as const, to: 'owner' as const, type, reason })),
  fc.tuple(facts, fc.boolean(), fc.option(anyText, { nil: null }), fc.integer({ min: 0, max: 2e10 })).map(([f, approve, note, refundFen]) => ({
    ...f,
    message: 'order.after_sale_resolved' as const,
    to: 'buyer' as const,
    approve,
    note,
    refundFen,
  })),
  fc.tuple(facts, fc.constantFrom('owner' as const, 'buyer' as const), afterSaleType, anyText).map(([f, to, type, reason]) => ({ ...f, message: 'order.after_sale_overdue' as const, to, type, reason })),
  // inPerson: a drop's pickup or delivery order's return, handed back rather than posted (issue 17)
  fc.tuple(facts, fc.integer({ min: 1, max: 2e10 }), fc.integer({ min: 1, max: 30 }), fc.boolean()).map(([f, amountFen, days, inPerson]) => ({
    ...f,
    message: 'order.return_approved' as const,
    to: 'buyer' as const,
    amountFen,
    days,
    inPerson,
  })),
  fc.tuple(facts, anyText, anyText, fc.boolean()).map(([f, carrier, trackingNo, inPerson]) => ({ ...f, message: 'order.return_shipped' as const, to: 'owner' as const, carrier, trackingNo, inPerson })),
  fc.tuple(facts, fc.integer({ min: 1, max: 30 })).map(([f, days]) => ({ ...f, message: 'order.return_closed' as const, to: 'buyer' as const, days })),
  fc.tuple(facts, fc.boolean()).map(([f, auto]) => ({ ...f, message: 'order.completed' as const, to: 'buyer' as const, auto })),
  fc.tuple(facts, anyText).map(([f, point]) => ({ ...f, message: 'order.ready' as const, to: 'buyer' as const, point })),
  fc.tuple(facts, fc.integer({ min: 1, max: 2e10 }), fc.option(anyText, { nil: null })).map(([f, amountFen, note]) => ({ ...f, message: 'order.refund_sent' as const, to: 'buyer' as const, amountFen, note })),
  fc.tuple(facts, anInstant.map((d) => d.toISOString())).map(([f, shipBy]) => ({
    message: 'supply.order_paid' as const,
    to: 'supplier' as const,
    orderId: f.orderId,
    shopName: f.shopName,
    productSummary: f.productSummary,
    shipBy,
    at: f.at,
    timeZone: f.timeZone,
  })),
);

const log = new CallLog();
const wechat = subscribeMessageApi(log);
const config = { templateIds: fakeSubscribe.ids, miniprogramState: 'formal' as const };

beforeEach(() => {
  fakeSubscribe.reset();
  log.clear();
});

describe('the registry', () => {
  it('binds every message kind the backend sends, for each of its recipients', () => {
    expect(Object.keys(MESSAGES).sort()).toEqual([...MESSAGE_KINDS].sort());
    const bindings = Object.entries(MESSAGES).flatMap(([kind, r]) => Object.entries(r).map(([to, b]) => `${kind}→${to}:${(b as { template: string }).template}`));
    // issue 13 added a return's three steps (approved, shipped back, closed) and a transfer's refund sent;
    // issue 16 the supplier's 待发货提醒; issue 17 a drop's 到货了
    expect(bindings).toHaveLength(20);
    // every template is used by some message, and consent is asked for each order template somewhere
    const used = new Set(bindings.map((b) => b.split(':')[1]));
    expect([...used].sort()).toEqual([...TEMPLATE_NAMES].sort());
    expect([...BUYER_TEMPLATES, ...SELLER_TEMPLATES, ...SUPPLIER_TEMPLATES, 'post_reminder', 'shop_update'].sort()).toEqual([...TEMPLATE_NAMES].sort());
  });

  it('asks for at most 3 templates in one prompt, with different titles (WeChat filters equal titles)', () => {
    for (const group of [BUYER_TEMPLATES, SELLER_TEMPLATES, SUPPLIER_TEMPLATES]) {
      expect(group.length).toBeLessThanOrEqual(3);
      expect(new Set(group.map((t) => TEMPLATES[t].title)).size).toBe(group.length);
    }
  });

  it('every message kind, with any data, produces a call WeChat accepts: the template’s keywords, valid values, a page of app.json', async () => {
    await fc.assert(
      fc.asyncProperty(anyMessage, async (message) => {
        const req = buildSubscribeRequest('openid-x', message, config);
        if (!req.ok) throw new Error(req.error);
        fakeSubscribe.grant('openid-x', req.template);
        await expect(wechat.send({ ...req.params })).resolves.toEqual({ errCode: 0, errMsg: 'openapi.subscribeMessage.send:ok' });
        expect(Object.keys(req.params.data).sort()).toEqual(Object.keys(TEMPLATES[req.template].keywords).sort());
      }),
      { numRuns: 600 },
    );
  });

  it('a value that would break a rule is formatted, not refused: a 60-character product title, a Chinese tracking number', async () => {
    const message: Message = {
      message: 'order.shipped',
      to: 'buyer',
      orderId: 'o2345678abcdefg',
      shopName: '林晓的山货小店',
      productSummary: '商洛山里的野生核桃（新货，壳薄肉厚，手剥即开，一斤装两袋）',
      totalFen: 13_600,
      createdAt: '2026-11-28T02:00:00.000Z',
      at: '2026-11-29T12:05:00.000Z',
      timeZone: 'Asia/Shanghai',
      carrier: '顺丰速运（同城急送，加急件，下午两点前发出）',
      trackingNo: '单号 SF 1234 5678 90',
    };
    const { data, page } = messageData(message);
    expect(page).toBe('pages/order/index?orderId=o2345678abcdefg');
    expect(data).toEqual({
      character_string1: { value: 'o2345678abcdefg' },
      thing2: { value: '商洛山里的野生核桃（新货，壳薄肉厚，手…' },
      thing3: { value: '顺丰速运（同城急送，加急件，下午两点前…' },
      character_string4: { value: 'SF1234567890' },
      time5: { value: '2026年11月29日 20:05' },
    });
    const req = buildSubscribeRequest('buyer-1', message, config);
    if (!req.ok) throw new Error(req.error);
    fakeSubscribe.grant('buyer-1', 'order_shipped');
    await expect(wechat.send({ ...req.params })).resolves.toMatchObject({ errCode: 0 });
  });

  it('the fake answers as WeChat does: 47003 naming the keyword, 43101 without consent, 40037 for an unknown id, 41030 for a page not in app.json', async () => {
    const message: Message = { message: 'order.completed', to: 'buyer', orderId: 'o1', shopName: '店', productSummary: '核桃', totalFen: 100, createdAt: '2026-11-28T02:00:00Z', at: '2026-11-29T02:00:00Z', timeZone: 'Asia/Shanghai', auto: false };
    const req = buildSubscribeRequest('buyer-1', message, config);
    if (!req.ok) throw new Error(req.error);
    const refused = (params: Record<string, unknown>) => wechat.send(params).then(() => null, (e: WxError) => [e.errCode, e.errMsg]);
    expect(await refused({ ...req.params })).toEqual([43101, 'openapi.subscribeMessage.send:fail user refuse to accept the msg']);
    fakeSubscribe.grant('buyer-1', 'order_status', 5);
    expect(await refused({ ...req.params, data: { ...req.params.data, amount4: { value: '100' } } })).toEqual([47003, expect.stringMatching(/data\.amount4\.value invalid/)]);
    expect(await refused({ ...req.params, data: { ...req.params.data, phrase3: { value: 'done' } } })).toEqual([47003, expect.stringMatching(/phrase3/)]);
    expect(await refused({ ...req.params, templateId: 'placeholder' })).toEqual([40037, expect.any(String)]);
    expect(await refused({ ...req.params, page: 'pages/nowhere/index' })).toEqual([41030, expect.any(String)]);
    expect(await refused({ ...req.params, touser: '' })).toEqual([40003, expect.any(String)]);
    expect(await refused({ ...req.params })).toBeNull();
    expect(fakeSubscribe.sent).toHaveLength(1);
  });

  it('the supplier’s 待发货提醒 names the selling shop and the ship-by time, opens the console’s queue, and carries no amount', () => {
    const message: Message = {
      message: 'supply.order_paid',
      to: 'supplier',
      orderId: 'o2345678abcdefg',
      shopName: '林晓的山货小店',
      productSummary: '秦岭土蜂蜜 ×2',
      shipBy: '2026-11-30T04:00:00.000Z',
      at: '2026-11-28T04:00:00.000Z',
      timeZone: 'Asia/Shanghai',
    };
    expect(messageData(message)).toEqual({
      template: 'supply_order',
      page: 'supplier/orders/index',
      data: {
        character_string1: { value: 'o2345678abcdefg' },
        thing2: { value: '秦岭土蜂蜜 ×2' },
        thing3: { value: '林晓的山货小店' },
        time4: { value: '2026年11月30日 12:00' },
        thing5: { value: '地址在供货后台，请按时发货' },
      },
    });
  });

  it('without an id for the template in WX_TEMPLATES there is no call, and the reason says which template', () => {
    const message: Message = { message: 'post_reminder', to: 'owner', postId: 'm1', text: '今晚发核桃', at: '2026-11-29T12:00:00Z', timeZone: 'Asia/Shanghai' };
    const req = buildSubscribeRequest('seller-1', message, { templateIds: {}, miniprogramState: 'formal' });
    expect(req).toMatchObject({ ok: false, error: 'no template id for post_reminder in WX_TEMPLATES' });
    expect(req.preview?.data).toEqual({ thing1: { value: '今晚发核桃' }, time2: { value: '2026年11月29日 20:00' }, thing3: { value: '到点了，点开复制文案去发朋友圈' } });
  });

  it('reads WX_TEMPLATES strictly: names of the registry only, non-empty ids', () => {
    expect(parseTemplateIds('{"order_status":"abc","order.shipped":"x","new_order":""}')).toEqual({
      ids: { order_status: 'abc' },
      problems: ['WX_TEMPLATES: unknown template order.shipped', 'WX_TEMPLATES: the id of new_order must be a non-empty string'],
    });
    expect(parseTemplateIds('not json').problems).toEqual(['WX_TEMPLATES is not valid JSON']);
    expect(parseTemplateIds(undefined)).toEqual({ ids: {}, problems: [] });
  });
});

export type { MessageKind };
