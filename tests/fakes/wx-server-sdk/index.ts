/**
 * A fake of `wx-server-sdk` for tests of the cloud functions' WeChat-only paths. Each open API lives
 * in its own file, checks its arguments against WeChat's documentation (cited there) and answers the
 * way WeChat does — success, or the documented errcode — recording every call in `log`.
 *
 * Use:  jest.mock('wx-server-sdk', () => require('<path>/tests/fakes/wx-server-sdk').wxServerSdk, { virtual: true });
 * then read `fakeWx.log` and set `fakeWx.context` (what getWXContext answers).
 */
import { CallLog } from '../calls';
import { cloudPayApi } from './cloudPay';
import { securityApi, securityFake } from './security';
import { fakeShipping, wxaApi } from './shipping';
import { storageApi } from './storage';
import { subscribeMessageApi } from './subscribeMessage';
import { wxacodeApi } from './wxacode';

export interface FakeWxContext {
  OPENID?: string;
  APPID?: string;
  UNIONID?: string;
  ENV?: string;
  /** who triggered the run: wx_client, wx_trigger, wx_paycallback, … (Cloud.getWXContext) */
  SOURCE?: string;
}

export const fakeWx = {
  log: new CallLog(),
  context: {} as FakeWxContext,
  reset(): void {
    fakeWx.log.clear();
    fakeWx.context = {};
    securityFake.reset();
    fakeShipping.reset();
  },
};

export const wxServerSdk = {
  DYNAMIC_CURRENT_ENV: Symbol('DYNAMIC_CURRENT_ENV'),
  init: (): void => undefined,
  getWXContext: (): FakeWxContext => ({ ...fakeWx.context }),
  getTempFileURL: storageApi(fakeWx.log).getTempFileURL,
  uploadFile: storageApi(fakeWx.log).uploadFile,
  deleteFile: storageApi(fakeWx.log).deleteFile,
  openapi: {
    subscribeMessage: subscribeMessageApi(fakeWx.log),
    wxacode: wxacodeApi(fakeWx.log),
    security: securityApi(fakeWx.log),
    wxa: wxaApi(fakeWx.log),
  },
  cloudPay: cloudPayApi(fakeWx.log),
};
