import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkSyntax, checkWeappSyntax, targetFor } from '../../scripts/wechat-syntax';

describe('the engines of the lowest base library', () => {
  it('2.32.3 runs on iOS 13 and Chrome 86, so the built code must be ES2019', () => {
    expect(targetFor('2.32.3')).toEqual({ engines: ['ios 13', 'chrome 86'], ecmaVersion: 2019 });
  });

  it('an older base library lowers the bar (2.10.0: iOS 9, ES5)', () => {
    expect(targetFor('2.10.0').ecmaVersion).toBe(5);
  });
});

describe('checkSyntax', () => {
  it('names the file, the place and optional chaining that iOS 13.0 cannot parse', () => {
    const problem = checkSyntax('var a = {};\nvar b = a?.c;', 'seller/sub-vendors.js', 2019);
    expect(problem).toMatch(/^seller\/sub-vendors\.js:2:11: not ES2019 — optional chaining `\?\.` \(ES2020\) in …/);
  });

  it('names nullish coalescing', () => {
    expect(checkSyntax('var x = y ?? 1;', 'vendors.js', 2019)).toMatch(/nullish coalescing `\?\?`/);
  });

  it('names a class field (ES2022)', () => {
    expect(checkSyntax('class A { x = 1 }', 'a.js', 2019)).toMatch(/^a\.js:1:/);
  });

  it('accepts what iOS 13 runs: object spread, async/await, optional catch binding, classes', () => {
    const source = 'const {a, ...rest} = o; async function f() { try { await g({...rest}); } catch { } } class B extends Array {}';
    expect(checkSyntax(source, 'app.js', 2019)).toBeNull();
  });

  it('refuses a regular expression lookbehind, which no supported iOS has', () => {
    expect(checkSyntax('var r = /(?<=¥)\\d+/;', 'common.js', 2019)).toMatch(/lookbehind/);
  });

  it('at ES5 an arrow function is already too new', () => {
    expect(checkSyntax('var f = () => 1;', 'taro.js', 5)).toMatch(/not ES5 — arrow function `=>`/);
  });
});

describe('checkWeappSyntax', () => {
  let root: string;
  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'weapp-syntax-'));
    fs.writeFileSync(path.join(root, 'project.config.json'), JSON.stringify({ libVersion: '2.32.3' }));
    fs.mkdirSync(path.join(root, 'dist', 'seller'), { recursive: true });
    fs.writeFileSync(path.join(root, 'dist', 'app.js'), 'var ok = async () => { await 1; };');
    fs.writeFileSync(path.join(root, 'dist', 'app.wxss'), 'a?.b{}');
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  it('checks every .js (and only .js) at the edition of project.config.json libVersion', () => {
    fs.writeFileSync(path.join(root, 'dist', 'seller', 'sub-vendors.js'), 'function s(t){return t?.get}');
    const { lines, problems } = checkWeappSyntax(path.join(root, 'dist'), root);
    expect(lines).toEqual(['syntax: 2 .js files parsed as ES2019 (base library 2.32.3: ios 13, chrome 86)']);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^seller\/sub-vendors\.js:1:\d+: not ES2019 — optional chaining/);
  });

  it('needs the lowest base library declared', () => {
    fs.writeFileSync(path.join(root, 'project.config.json'), '{}');
    expect(() => checkWeappSyntax(path.join(root, 'dist'), root)).toThrow(/libVersion/);
  });
});
