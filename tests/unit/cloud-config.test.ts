import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { declarationProblems, toConfigJson, type FunctionDeclaration } from '../../cloud/functions/declare';
import { buildCloud, bundleProblems, functionNames } from '../../scripts/build-cloud';
import { wiringReport } from '../../scripts/cloud-wiring';
import { findOpenApiCalls } from '../../scripts/wechat-openapi';

const post: FunctionDeclaration = { openapi: ['wxacode.getUnlimited'], timeout: 20 };

describe('reading the open APIs a bundle calls', () => {
  it.each([
    ['a plain chain', 'cloud.openapi.security.msgSecCheck({})', ['security.msgSecCheck']],
    ["esbuild's import namespace, bracket access", 'import_wx_server_sdk.openapi["security"].msgSecCheck({})', ['security.msgSecCheck']],
    ['a minified indirect call', '(0,e.openapi.wxacode.getUnlimited)({})', ['wxacode.getUnlimited']],
    ['optional chaining', 'a.openapi?.subscribeMessage?.send({})', ['subscribeMessage.send']],
    ['a destructured namespace', 'const { openapi } = cloud; openapi.wxacode.getUnlimited()', ['wxacode.getUnlimited']],
    ['a group kept in a name, used above its binding', 'function g(){ return sec.mediaCheckAsync(); } const sec = cloud.openapi.security;', ['security.mediaCheckAsync']],
    ['a destructured method', 'const { send } = cloud.openapi.subscribeMessage; send()', ['subscribeMessage.send']],
    ['nested destructuring', 'const { openapi: { security: { msgSecCheck } } } = cloud;', ['security.msgSecCheck']],
    ['cloudPay and other SDK calls, which are not open APIs', 'cloud.cloudPay.refund({}); cloud.getWXContext()', []],
    // 发货信息管理's cloud calls are four names deep ("调用方法:wxa.sec.order.uploadShippingInfo")
    ['a nested name', 'cloud.openapi.wxa.sec.order.uploadShippingInfo({})', ['wxa.sec.order.uploadShippingInfo']],
    ['a nested name, minified and optional', '(0,e.openapi.wxa.sec.order.getOrder)({}); a.openapi?.wxa?.sec?.order?.uploadShippingInfo({})', ['wxa.sec.order.getOrder', 'wxa.sec.order.uploadShippingInfo']],
    ['a nested namespace kept in a name', 'const o = cloud.openapi.wxa.sec.order; o.getOrder({}); o.uploadShippingInfo({})', ['wxa.sec.order.getOrder', 'wxa.sec.order.uploadShippingInfo']],
    ['a nested method destructured', 'const { uploadShippingInfo } = cloud.openapi.wxa.sec.order; uploadShippingInfo({})', ['wxa.sec.order.uploadShippingInfo']],
  ])('%s', (_label, js, calls) => {
    expect(findOpenApiCalls(js)).toEqual({ calls, dynamic: [] });
  });

  it('reports an access it cannot resolve instead of passing it', () => {
    expect(findOpenApiCalls('cloud.openapi[group].send(); cloud.openapi.security[m](); f(cloud.openapi)').dynamic).toEqual([
      'openapi passed on as a value',
      'openapi.security[…]',
      'openapi[…]',
    ]);
  });

  it('finds a call made in a shared module, however esbuild prints the bundle (plain or minified)', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'openapi-bundle-'));
    try {
      fs.writeFileSync(path.join(dir, 'shared.ts'), "import * as cloud from 'wx-server-sdk';\nexport const notify = (touser: string) => cloud.openapi.subscribeMessage.send({ touser });\n");
      fs.writeFileSync(path.join(dir, 'index.ts'), "import { notify } from './shared';\nexport const main = () => notify('o1');\n");
      for (const minify of [false, true]) {
        const out = await build({ entryPoints: [path.join(dir, 'index.ts')], bundle: true, platform: 'node', format: 'cjs', external: ['wx-server-sdk'], minify, write: false });
        expect(findOpenApiCalls(out.outputFiles[0].text).calls).toEqual(['subscribeMessage.send']);
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("checking a bundle against its function's declaration", () => {
  // A fixture bundle as esbuild prints one: post's own code declares wxacode, a shared module sends a message.
  const bundle = `"use strict";
var import_wx_server_sdk = __toESM(require("wx-server-sdk"));
async function makeCode(scene) { return import_wx_server_sdk.openapi.wxacode.getUnlimited({ scene }); }
async function notifyFollowers(touser) { return import_wx_server_sdk.openapi.subscribeMessage.send({ touser }); }
exports.main = async () => [await makeCode("p=1"), await notifyFollowers("o1")];`;

  it('fails on an open API the declaration does not list, naming it', () => {
    expect(bundleProblems(bundle, post)).toEqual({
      calls: ['subscribeMessage.send', 'wxacode.getUnlimited'],
      problems: ['calls openapi.subscribeMessage.send, which function.ts does not declare (config.json permissions.openapi)'],
    });
  });

  it('passes once it is declared', () => {
    expect(bundleProblems(bundle, { ...post, openapi: ['wxacode.getUnlimited', 'subscribeMessage.send'] }).problems).toEqual([]);
  });

  it('fails on a permission the bundle never uses (least privilege)', () => {
    expect(bundleProblems(bundle, { ...post, openapi: ['wxacode.getUnlimited', 'subscribeMessage.send', 'security.msgSecCheck'] }).problems).toEqual([
      'declares openapi.security.msgSecCheck, which the bundle never calls: remove it from function.ts',
    ]);
  });
});

describe("checking a bundle's wiring of WeChat adapters", () => {
  // esbuild's unminified output, one `// <path>` marker per module.
  const section = (file: string, code: string) => `// ${file}\n${code}\n`;
  const shopCore = section('cloud/core/shops/open.ts', 'async function open(ctx, input) { await checkTexts(ctx, ctx.caller.openId, input); }') +
    section('cloud/core/content/check.ts', 'async function checkTexts(ctx, openId, texts) { return ctx.content.checkText(openId, texts[0].text, 1); }');

  it('fails when core code reaches a port the function does not wire', () => {
    expect(wiringReport(shopCore + section('cloud/functions/entry.ts', 'function cloudDeps() {}'))).toEqual({
      used: ['content'],
      wired: [],
      problems: ['its code uses deps.content but the function does not wire it (add it to the Wiring in index.ts)'],
    });
  });

  it('passes when the adapter is in the bundle', () => {
    expect(wiringReport(shopCore + section('cloud/functions/security.ts', 'function wxContentSecurity() {}')).problems).toEqual([]);
  });

  it('refuses a port reached in a way it cannot read', () => {
    const hidden = section('cloud/core/posts/actions.ts', 'const { codes } = ctx; return codes.make(target);');
    expect(wiringReport(hidden).problems).toEqual([expect.stringMatching(/cannot read/)]);
  });
});

describe('function declarations', () => {
  it('writes the config.json WeChat DevTools reads', () => {
    const timer: FunctionDeclaration = {
      openapi: ['subscribeMessage.send', 'security.msgSecCheck'],
      timeout: 60,
      memorySize: 256,
      triggers: [{ name: 'everyMinute', type: 'timer', config: '0 * * * * * *' }],
    };
    expect(toConfigJson(timer)).toEqual({
      permissions: { openapi: ['security.msgSecCheck', 'subscribeMessage.send'] },
      timeout: 60,
      memorySize: 256,
      triggers: [{ name: 'everyMinute', type: 'timer', config: '0 * * * * * *' }],
    });
  });

  it('refuses what CloudBase would not deploy', () => {
    expect(declarationProblems({ openapi: [], timeout: 0 })).toEqual([expect.stringMatching(/timeout .* 1 to 60/)]);
    expect(declarationProblems({ openapi: [], timeout: 61 })).toHaveLength(1);
    expect(declarationProblems({ openapi: [], timeout: 2.5 })).toHaveLength(1);
    expect(declarationProblems({ openapi: ['wxacode.getUnlimited', 'wxacode.getUnlimited'], timeout: 10 })).toEqual([expect.stringMatching(/listed twice/)]);
    expect(declarationProblems({ openapi: ['wxa.sec.order.uploadShippingInfo'], timeout: 10 })).toEqual([]);
    expect(declarationProblems({ openapi: [], timeout: 10, triggers: [{ name: '1tick', type: 'timer', config: '0 * * * * *' }] })).toEqual([
      expect.stringMatching(/must start with a letter/),
      expect.stringMatching(/needs 7 fields/),
    ]);
  });
});

// The real bundles: what each function's code can reach, shared modules included, must be declared next to it.
describe('every cloud function', () => {
  let out: string;
  beforeAll(() => {
    out = fs.mkdtempSync(path.join(os.tmpdir(), 'cloud-build-'));
  });
  afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

  it('declares every open API its bundle calls, with a timeout longer than the 3 s default', async () => {
    const built = await buildCloud(out);
    expect(built.map((f) => f.name)).toEqual(functionNames());
    for (const f of built) {
      expect({ name: f.name, problems: f.problems }).toEqual({ name: f.name, problems: [] });
      const config = JSON.parse(fs.readFileSync(path.join(out, f.name, 'config.json'), 'utf8')) as { permissions: { openapi: string[] }; timeout: number };
      expect(config.permissions.openapi).toEqual(expect.arrayContaining(f.calls));
      expect(config.timeout).toBeGreaterThan(3);
    }
    expect(built.find((f) => f.name === 'post')?.calls).toContain('wxacode.getUnlimited');
    // Each function wires only what its actions use, so the seller's figures cannot send messages or pay.
    const wired = Object.fromEntries(built.map((f) => [f.name, f.wired]));
    expect(wired).toMatchObject({ stats: [], crm: [], export: ['files'], shop: ['content'], supply: ['content'], drop: ['content'], order: ['payments', 'content'], post: ['codes', 'content'], timer: ['sender', 'content'], payCallback: ['payments'] });
    expect(built.find((f) => f.name === 'stats')?.calls).toEqual([]);
    const timer = JSON.parse(fs.readFileSync(path.join(out, 'timer', 'config.json'), 'utf8')) as { triggers: unknown; timeout: number };
    expect(timer).toMatchObject({ timeout: 60, triggers: [{ type: 'timer', config: '0 * * * * * *' }] });
  }, 60_000);
});
