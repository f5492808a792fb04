/**
 * What a fake of WeChat records: every call with its arguments and how the fake answered, so a
 * test can assert what the app or a cloud function asked WeChat for, not just that it did not crash.
 */
export interface RecordedCall {
  api: string;
  args: unknown;
  /** 'ok', or the error WeChat would have answered (errcode + errmsg) */
  outcome: 'ok' | { errCode: number; errMsg: string };
}

export class CallLog {
  readonly calls: RecordedCall[] = [];

  record(api: string, args: unknown, outcome: RecordedCall['outcome']): void {
    this.calls.push({ api, args, outcome });
  }

  /** the calls of one API, e.g. 'openapi.subscribeMessage.send' or 'wx.requestPayment' */
  of(api: string): RecordedCall[] {
    return this.calls.filter((c) => c.api === api);
  }

  clear(): void {
    this.calls.length = 0;
  }
}

/** A failure of the shape WeChat answers (errCode/errMsg), thrown or rejected by the fakes. */
export class WxError extends Error {
  constructor(
    readonly errCode: number,
    readonly errMsg: string,
  ) {
    super(`${errCode} ${errMsg}`);
  }
}
