/**
 * wx.downloadFile: https://developers.weixin.qq.com/miniprogram/dev/api/network/download/wx.downloadFile.html
 * url (string, required): https, of a domain among the mini program's downloadFile domains (else
 * "url not in domain list"); answers { tempFilePath, statusCode } — any HTTP status, a 404 included, is a
 * "success" whose statusCode the caller must check.
 */
import { expectType, fail, invoke, onReset, wx } from './runtime';

export const downloads = {
  /** the downloadFile 合法域名 of the mini program's admin */
  domains: new Set<string>(['fake-env.tcb.qcloud.la']),
  /** the HTTP status each url answers (200 when not listed) */
  status: new Map<string, number>(),
};

onReset(() => {
  downloads.domains = new Set(['fake-env.tcb.qcloud.la']);
  downloads.status = new Map();
});

export function downloadFile(opts: Record<string, unknown>): unknown {
  const api = 'downloadFile';
  return invoke(api, opts, () => {
    expectType(api, 'url', opts.url, 'String', true);
    const url = opts.url as string;
    let host = '';
    try {
      const parsed = new URL(url);
      if (parsed.protocol !== 'https:') fail(api, `url must be https: ${url}`);
      host = parsed.host;
    } catch (err) {
      if (err instanceof Error) fail(api, `invalid url ${url}`);
      throw err;
    }
    if (!downloads.domains.has(host)) fail(api, `url not in domain list: ${url}`);
    const ext = /\.(\w+)(?:\?|$)/.exec(url)?.[1] ?? 'tmp';
    return { tempFilePath: wx.tempFile('download', ext), statusCode: downloads.status.get(url) ?? 200, errMsg: `${api}:ok` };
  });
}
