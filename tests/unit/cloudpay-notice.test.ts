jest.mock('wx-server-sdk', () => jest.requireActual('../fakes/wx-server-sdk').wxServerSdk, { virtual: true });

import { parseCloudPayNotice } from '../../cloud/functions/payCallback/notice';
import { isSource } from '../../cloud/functions/platform';
import { isTimerEvent } from '../../cloud/functions/timer';

describe('who started the run (SOURCE)', () => {
  it('only the exact platform source passes; chains through another function and missing values do not', () => {
    expect(isSource('wx_paycallback', 'wx_paycallback')).toBe(true);
    expect(isSource('wx_trigger', 'wx_trigger')).toBe(true);
    for (const s of ['wx_client', 'wx_client,scf', 'wx_paycallback,scf', 'scf', 'wx_devtools', 'wx_trigger', '', undefined]) {
      expect(isSource(s, 'wx_paycallback')).toBe(false);
    }
    expect(isSource('wx_client,wx_trigger', 'wx_trigger')).toBe(false);
  });
});

describe('the timer trigger’s event', () => {
  it('is Type timer (either case) with this function’s trigger name', () => {
    expect(isTimerEvent({ Type: 'Timer', TriggerName: 'everyMinute', Time: '2026-11-29T04:00:00Z' })).toBe(true);
    expect(isTimerEvent({ Type: 'timer', TriggerName: 'everyMinute' })).toBe(true);
    expect(isTimerEvent({ Type: 'Timer', TriggerName: 'other' })).toBe(false);
    expect(isTimerEvent({ Type: 'Timer' })).toBe(false);
    expect(isTimerEvent(null)).toBe(false);
    expect(isTimerEvent('Timer')).toBe(false);
  });
});

describe('cloudPay notices', () => {
  it('reads a payment notice in camelCase or snake_case; a non-SUCCESS one is a failure', () => {
    expect(parseCloudPayNotice({ returnCode: 'SUCCESS', resultCode: 'SUCCESS', outTradeNo: 'pay1', totalFee: 100 })).toEqual({ kind: 'payment', claim: { paymentId: 'pay1', amountFen: 100 } });
    expect(parseCloudPayNotice({ return_code: 'SUCCESS', result_code: 'SUCCESS', out_trade_no: 'pay1', total_fee: '100' })).toEqual({ kind: 'payment', claim: { paymentId: 'pay1', amountFen: 100 } });
    expect(parseCloudPayNotice({ returnCode: 'SUCCESS', resultCode: 'FAIL', outTradeNo: 'pay1' })).toEqual({ kind: 'failed' });
    expect(parseCloudPayNotice({ returnCode: 'SUCCESS', resultCode: 'SUCCESS', outTradeNo: 'pay1', totalFee: -5 })).toEqual({ kind: 'payment', claim: { paymentId: 'pay1', amountFen: undefined } });
  });

  it('reads a refund result flat or inside reqInfo, with the amount we asked for (refund_fee) before the settlement amount', () => {
    const inner = { out_refund_no: 'r1', refund_status: 'SUCCESS', refund_fee: '500', settlement_refund_fee: '450', refund_id: 'w1', success_time: '2026-11-29 12:00:00' };
    const expected = { kind: 'refund', notice: { outRefundNo: 'r1', refundStatus: 'SUCCESS', refundFen: 500, providerRef: 'w1', successTime: '2026-11-29 12:00:00' } };
    expect(parseCloudPayNotice({ returnCode: 'SUCCESS', reqInfo: inner })).toEqual(expected);
    expect(parseCloudPayNotice({ return_code: 'SUCCESS', req_info: inner })).toEqual(expected);
    expect(parseCloudPayNotice({ outRefundNo: 'r1', refundStatus: 'SUCCESS', settlementRefundFee: 450 })).toMatchObject({ notice: { refundFen: 450 } });
    expect(parseCloudPayNotice({ returnCode: 'SUCCESS', outRefundNo: 'r1', refundStatus: 'CHANGE' })).toMatchObject({ kind: 'refund', notice: { outRefundNo: 'r1', refundStatus: 'CHANGE' } });
  });

  it('is null for anything else', () => {
    for (const e of [null, 'x', [], {}, { outRefundNo: 'r1' }, { refundStatus: 'SUCCESS' }, { returnCode: 'SUCCESS' }]) expect(parseCloudPayNotice(e)).toBeNull();
  });
});
