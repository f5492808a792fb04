/**
 * Syntax the phone can parse. The lowest base library the app supports is `libVersion` in
 * project.config.json; WeChat's own table (the miniprogram-compat package, linked from
 * https://developers.weixin.qq.com/miniprogram/dev/framework/runtime/js-support.html — "特定的小程序基础库版本有最低
 * 微信客户端版本要求 … 特定的客户端版本有最低操作系统版本要求") turns it into the oldest engines that run it, e.g.
 * 2.32.3 → iOS 13 (JavaScriptCore) and Chrome 86 (Android's V8). WeChat's "ES6 转 ES5" is off (es6: false), so what
 * Taro emits is what those engines parse: every built .js must parse at the ECMAScript edition they all support.
 * A file that does not parse fails one of them with a SyntaxError before any of its code runs (a white page).
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse, tokenizer, type Options, type Token } from 'acorn';
import { getBrowsersList } from 'miniprogram-compat';
import { filesUnder } from './files';

type EcmaVersion = Exclude<Options['ecmaVersion'], 'latest'>;

/**
 * The newest ECMAScript edition whose whole syntax each engine parses (MDN's compatibility tables; a browserslist
 * entry means that version's first release, e.g. "ios 13" is iOS 13.0):
 * - iOS 13.0: ES2019 — `?.` and `??` came in 13.4, class fields in 14.5; iOS 14.0: ES2021 (logical assignment);
 * - iOS 12: ES2019 (optional catch binding 11.1, JSON superset 12); iOS 11.0: ES2017 (object spread came in 11.3);
 * - iOS 10.0 / Safari 10.0: ES2015 (`**` and async functions came in 10.1); iOS 8 and 9: ES5;
 * - Chrome 86: ES2021 (class static blocks came in 94); Chrome 66: ES2019; Chrome 53: ES2016 (async came in 55).
 */
const ENGINE_EDITION: Record<string, EcmaVersion> = {
  'ios 8': 5,
  'ios 9': 5,
  'ios 10': 2015,
  'safari 10': 2015,
  'ios 11': 2017,
  'ios 12': 2019,
  'ios 13': 2019,
  'ios 14': 2021,
  'chrome 53': 2016,
  'chrome 66': 2019,
  'chrome 86': 2021,
};

/** The engines and the edition they all parse, for a base library version. */
export function targetFor(libVersion: string): { engines: string[]; ecmaVersion: EcmaVersion } {
  const engines = getBrowsersList(libVersion);
  if (!engines) throw new Error(`miniprogram-compat has no engine data for base library ${libVersion}`);
  const editions = engines.map((e) => {
    const edition = ENGINE_EDITION[e];
    if (edition === undefined) throw new Error(`scripts/wechat-syntax.ts: add the ECMAScript edition of "${e}" (base library ${libVersion})`);
    return edition;
  });
  return { engines, ecmaVersion: Math.min(...editions) as EcmaVersion };
}

/** The base library the project declares as its lowest (project.config.json `libVersion`). */
export function projectLibVersion(root: string): string {
  const config = JSON.parse(fs.readFileSync(path.join(root, 'project.config.json'), 'utf8')) as { libVersion?: unknown };
  if (typeof config.libVersion !== 'string') throw new Error('project.config.json: "libVersion" (the lowest base library) is missing');
  return config.libVersion;
}

/** What the token a target cannot parse is called, for the error message. */
const NAMES: Record<string, string> = {
  '?.': 'optional chaining `?.` (ES2020)',
  '??': 'nullish coalescing `??` (ES2020)',
  '??=': 'logical assignment `??=` (ES2021)',
  '&&=': 'logical assignment `&&=` (ES2021)',
  '||=': 'logical assignment `||=` (ES2021)',
  '...': 'spread/rest `...` (in objects: ES2018)',
  '**': 'exponent `**` (ES2016)',
  '**=': 'exponent `**=` (ES2016)',
  privateId: 'private class member `#x` (ES2022)',
  '=>': 'arrow function `=>` (ES2015)',
  '`': 'template literal (ES2015)',
};

/**
 * The syntax at an error: acorn stops inside or just before the construct it does not know (`a?.b` fails at the `.`,
 * `() => 1` at the `)`), so the tokens around the position are read again with the newest grammar and the first
 * one with a name wins; otherwise the token itself is quoted. An excerpt shows the place either way.
 */
function describeAt(source: string, pos: number): string {
  const near: Token[] = [];
  try {
    for (const token of tokenizer(source, { ecmaVersion: 'latest' })) {
      if (token.start > pos + 3) break;
      if (token.end >= pos) near.push(token);
    }
  } catch {
    // Not even the newest grammar reads it: the excerpt has to do.
  }
  const named = near.find((t) => NAMES[t.type.label]);
  const at = near.find((t) => t.start <= pos && pos < t.end) ?? near[0];
  const name = named ? NAMES[named.type.label] : `\`${at ? source.slice(at.start, at.end) : source.slice(pos, pos + 1)}\``;
  const excerpt = source.slice(Math.max(0, pos - 40), pos + 40).replace(/\s+/g, ' ');
  return `${name} in …${excerpt}…`;
}

/** Regex features no supported iOS has: lookbehind arrived in iOS 16.4, after every entry of ENGINE_EDITION. */
const LOOKBEHIND = /\(\?<[=!]/;

/** One problem per file that the target engines cannot parse, naming the file, the place and the syntax. */
export function checkSyntax(source: string, file: string, ecmaVersion: EcmaVersion): string | null {
  const lookbehinds: string[] = [];
  try {
    parse(source, {
      ecmaVersion,
      sourceType: 'script',
      locations: true,
      onToken: (t) => {
        // acorn puts a regexp token's { pattern, flags } in `value`, which its typings leave out.
        const value = (t as Token & { value?: unknown }).value;
        if (t.type.label === 'regexp' && typeof value === 'object' && value !== null && 'pattern' in value) {
          const pattern = String((value as { pattern: unknown }).pattern);
          if (LOOKBEHIND.test(pattern)) lookbehinds.push(`/${pattern}/ at ${t.start}`);
        }
      },
    });
  } catch (err) {
    const e = err as SyntaxError & { pos?: number; loc?: { line: number; column: number } };
    const where = e.loc ? `${e.loc.line}:${e.loc.column + 1}` : '?';
    const detail = typeof e.pos === 'number' ? describeAt(source, e.pos) : e.message;
    return `${file}:${where}: not ES${ecmaVersion === 5 ? 5 : ecmaVersion} — ${detail}`;
  }
  if (lookbehinds.length > 0) return `${file}: regular expression lookbehind (iOS ≥ 16.4 only): ${lookbehinds.slice(0, 3).join(', ')}`;
  return null;
}

/** Every .js of a built mini program, checked at the edition of the project's lowest base library. */
export function checkWeappSyntax(outDir: string, root: string): { lines: string[]; problems: string[] } {
  const libVersion = projectLibVersion(root);
  const { engines, ecmaVersion } = targetFor(libVersion);
  const files = filesUnder(outDir).filter((f) => f.endsWith('.js'));
  const problems: string[] = [];
  for (const file of files) {
    const problem = checkSyntax(fs.readFileSync(path.join(outDir, file), 'utf8'), file, ecmaVersion);
    if (problem) problems.push(problem);
  }
  const lines = [`syntax: ${files.length} .js files parsed as ES${ecmaVersion} (base library ${libVersion}: ${engines.join(', ')})`];
  return { lines, problems };
}
