/**
 * wx.cloud.callFunction: https://developers.weixin.qq.com/miniprogram/dev/wxcloudservice/wxcloud/reference-sdk-api/functions/Cloud.callFunction.html
 * - `name` (string, required): a function of the environment; an unknown one fails with the cloud
 *   error -501000 "FunctionName parameter could not be found." (as WeChat prints it, inside
 *   "cloud.callFunction:fail …");
 * - `data` (Object, optional) arrives as the function's `event` after JSON serialization (a Buffer
 *   becomes { type: 'Buffer', data: [...] }, functions and undefined vanish);
 * - success: { errMsg: 'cloud.callFunction:ok', result (whatever the function returned), requestID };
 * - the function throwing: errCode -404011 "cloud function execution error".
 * Fields over ~100 KB should be marked with wx.cloud.CDN: recorded as `largeData` for tests to see.
 */
import { requireInit } from './cloud.init';
import { expectType, fail, invoke, onReset, wx } from './runtime';

export type CloudFunction = (event: Record<string, unknown>, context: { OPENID?: string }) => unknown;

export const cloudFunctions = {
  /** the functions deployed to the environment, by name */
  deployed: new Map<string, CloudFunction>(),
  /** the caller's identity, as cloud.getWXContext() would tell the function */
  openid: 'o-fake-user' as string | undefined,
};

onReset(() => {
  cloudFunctions.deployed.clear();
  cloudFunctions.openid = 'o-fake-user';
});

export function callFunction(opts: Record<string, unknown>): unknown {
  const api = 'cloud.callFunction';
  return invoke(api, opts, async () => {
    requireInit(api);
    expectType(api, 'name', opts.name, 'String', true);
    expectType(api, 'data', opts.data, 'Object', false);
    const name = opts.name as string;
    const fn = cloudFunctions.deployed.get(name);
    if (!fn) fail(api, 'Error: errCode: -501000 | errMsg: FunctionName parameter could not be found.', { errCode: -501000 });
    const json = JSON.stringify(opts.data ?? {});
    if (json.length > 100 * 1024) wx.log.record(`${api}.largeData`, { name, bytes: json.length }, 'ok');
    const event = JSON.parse(json) as Record<string, unknown>;
    let result: unknown;
    try {
      result = await fn(event, { OPENID: cloudFunctions.openid });
    } catch (err) {
      fail(api, `errCode: -404011 cloud function execution error | errMsg: ${String(err)}`, { errCode: -404011 });
    }
    return { errMsg: `${api}:ok`, result, requestID: `req-${wx.nextId++}` };
  });
}
