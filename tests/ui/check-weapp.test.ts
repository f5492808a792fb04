/**
 * @jest-environment node
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkWeapp } from '../../scripts/check-weapp';

let dir: string;
function write(file: string, bytes = 10) {
  const full = path.join(dir, file);
  fs.mkdirSync(path.dirname(full), { recursive: true });
  fs.writeFileSync(full, Buffer.alloc(bytes, 'x'));
}

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'weapp-'));
  fs.writeFileSync(
    path.join(dir, 'app.json'),
    JSON.stringify({ pages: ['pages/shop/index'], subPackages: [{ root: 'seller', pages: ['console/index'] }] }),
  );
  write('app.js', 1000);
  for (const page of ['pages/shop/index', 'seller/console/index']) for (const ext of ['.js', '.json', '.wxml']) write(page + ext);
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('check:weapp', () => {
  it('passes a complete build and reports each package’s size', () => {
    write('seller/console/index.wxss', 2048);
    const { lines, problems } = checkWeapp(dir);
    expect(problems).toEqual([]);
    expect(lines.find((l) => l.startsWith('main package:'))).toMatch(/1\.\d KB \(limit 2048 KB\)/);
    expect(lines.find((l) => l.startsWith('subpackage seller:'))).toMatch(/2\.\d KB/);
  });

  it('names a page whose files are missing', () => {
    fs.rmSync(path.join(dir, 'seller/console/index.js'));
    expect(checkWeapp(dir).problems).toEqual(['page seller/console/index: missing seller/console/index.js']);
  });

  it('fails a main package or a subpackage over 2 MB', () => {
    write('vendors.js', 2 * 1024 * 1024 + 1);
    write('seller/big.js', 2 * 1024 * 1024 + 1);
    const { problems } = checkWeapp(dir);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^main package is .* over WeChat's limit of 2048 KB$/);
    expect(problems[1]).toMatch(/^subpackage seller is /);
  });

  it('does not count licence notes and source maps, which are not uploaded', () => {
    write('vendors.js.LICENSE.txt', 3 * 1024 * 1024);
    write('app.js.map', 3 * 1024 * 1024);
    expect(checkWeapp(dir).problems).toEqual([]);
  });

  it('fails a build whose JavaScript the lowest supported base library cannot parse', () => {
    fs.writeFileSync(path.join(dir, 'seller/sub-vendors.js'), 'function s(t){return t?.get}');
    expect(checkWeapp(dir).problems).toEqual([expect.stringMatching(/^seller\/sub-vendors\.js:1:\d+: not ES2019 — optional chaining/)]);
  });

  it('says to build first when there is no build', () => {
    expect(checkWeapp(path.join(dir, 'nope')).problems[0]).toMatch(/npm run build:weapp/);
  });
});
