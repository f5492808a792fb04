import crypto from 'node:crypto';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { judgeQuality, packageSizes, type QualityItem } from '../../scripts/wechat-compile';

const ROOT = path.resolve(__dirname, '..', '..');

function item(name: string, success: boolean, text = `${name} text`): QualityItem {
  return { name, success, text };
}

describe("judging WeChat's code-quality report", () => {
  const passing = ['PACKAGE_SIZE_LIMIT', 'JS_COMPRESS_OPEN', 'WXML_COMPRESS_OPEN', 'WXSS_COMPRESS_OPEN'].map((n) => item(n, true));

  it('fails when JS compression is off, naming the item', () => {
    const { problems } = judgeQuality([...passing.filter((i) => i.name !== 'JS_COMPRESS_OPEN'), item('JS_COMPRESS_OPEN', false, 'JS compression is not turned on')]);
    expect(problems).toEqual(['JS_COMPRESS_OPEN: JS compression is not turned on']);
  });

  it('accepts lazyCodeLoading off, and says why', () => {
    const { lines, problems } = judgeQuality([...passing, item('LAZYCODE_LOADING_OPEN', false)]);
    expect(problems).toEqual([]);
    expect(lines.find((l) => l.includes('LAZYCODE_LOADING_OPEN'))).toMatch(/accepted: .*#10885/);
  });

  it('fails on any other item not met (e.g. main-package JS only a subpackage uses)', () => {
    expect(judgeQuality([...passing, item('CONTAINS_OTHER_PKG_JS', false)]).problems).toHaveLength(1);
  });

  it('fails when the report no longer has the compression items', () => {
    expect(judgeQuality([item('PACKAGE_SIZE_LIMIT', true)]).problems).toHaveLength(3);
  });
});

describe('package sizes', () => {
  it('counts a file in the subpackage whose root holds it, else in the main package', () => {
    const { packages, total } = packageSizes({ 'app.js': 10, 'seller/sub-vendors.js': 5, 'sellers.js': 1, 'seller/console/index.wxml': 2 }, ['seller']);
    expect(packages).toEqual([
      { name: 'main package', bytes: 11 },
      { name: 'subpackage seller', bytes: 7 },
    ]);
    expect(total).toBe(18);
  });
});

// The real compiler, on small mini programs, through the script as npm test runs it (miniprogram-ci leaves a
// file watcher behind, so it runs in its own process).
describe('npm run check:wechat', () => {
  let dir: string;
  function write(file: string, text: string) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
  function project(setting: Record<string, boolean>) {
    write('project.config.json', JSON.stringify({ miniprogramRoot: './', appid: 'touristappid', compileType: 'miniprogram', setting: { es6: false, ...setting } }));
  }
  function checkWechat() {
    return spawnSync(path.join(ROOT, 'node_modules', '.bin', 'tsx'), [path.join(ROOT, 'scripts', 'wechat-compile.ts'), dir], { cwd: ROOT, encoding: 'utf8', timeout: 90_000 });
  }
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wechat-compile-'));
    write('app.json', JSON.stringify({ pages: ['pages/index/index'] }));
    write('app.js', 'App({ onLaunch: function () { var greeting = "你好"; console.log(greeting); } });\n');
    write('app.wxss', '.page { color: #333333; }\n');
    write('pages/index/index.js', 'Page({ data: { name: "小店" } });\n');
    write('pages/index/index.json', '{}');
    write('pages/index/index.wxml', '<view class="page">  {{ name }}  </view>\n');
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('passes a complete package with compression on and prints the sizes WeChat counts', () => {
    project({ minified: true, minifyWXML: true, minifyWXSS: true });
    // miniprogram-ci's compiler cache folder is named md5(`${projectPath}|summer`), relative to the working folder
    const cacheDir = path.join(ROOT, crypto.createHash('md5').update(`${dir}|summer`).digest('hex'));
    const res = checkWechat();
    // nothing left in the project's folder (the check runs from it): the cache lived in the check's temp folder
    expect(fs.existsSync(cacheDir)).toBe(false);
    expect(res.stderr).not.toMatch(/check:wechat failed/);
    expect(res.status).toBe(0);
    expect(res.stdout).toMatch(/main package: +[\d.]+ KB \(\d+ B\)/);
    expect(res.stdout).toMatch(/✔ JS_COMPRESS_OPEN/);
    expect(res.stdout).toMatch(/requests miniprogram-ci tried \(all refused locally\)/);
  }, 120_000);

  it('fails with compression off, naming each kind', () => {
    project({ minified: false });
    const res = checkWechat();
    expect(res.status).toBe(1);
    for (const name of ['JS_COMPRESS_OPEN', 'WXML_COMPRESS_OPEN', 'WXSS_COMPRESS_OPEN']) expect(res.stderr).toContain(`- ${name}:`);
  }, 120_000);

  it("fails when WeChat's compiler refuses the package (a page without its files)", () => {
    project({ minified: true, minifyWXML: true, minifyWXSS: true });
    write('app.json', JSON.stringify({ pages: ['pages/index/index', 'pages/missing/index'] }));
    const res = checkWechat();
    expect(res.status).toBe(1);
    expect(res.stderr).toMatch(/refused the package[\s\S]*pages\/missing\/index/);
  }, 120_000);
});
