// `npm run check:weapp`, after `npm run build:weapp`: every page of dist/weapp/app.json has its
// files, the main package, each subpackage and the whole mini program stay within WeChat's
// size limits (2 MB per package, 30 MB in all), and every .js parses on the engines of the lowest
// base library the app supports (scripts/wechat-syntax.ts). Prints a table; exits 1 with what is wrong.
import fs from 'node:fs';
import path from 'node:path';
import { checkWeappSyntax } from './wechat-syntax';
import { filesUnder } from './files';

const ROOT = path.resolve(__dirname, '..');

const KB = 1024;
const MB = 1024 * KB;
const PACKAGE_LIMIT = 2 * MB;
const TOTAL_LIMIT = 30 * MB;

/** Files WeChat DevTools does not upload (Taro's licence notes, source maps). */
const NOT_UPLOADED = [/\.LICENSE\.txt$/, /\.map$/];

interface AppJson {
  pages?: unknown;
  subPackages?: unknown;
  subpackages?: unknown;
}

interface SubPackage {
  root: string;
  pages: string[];
}

function isStringArray(v: unknown): v is string[] {
  return Array.isArray(v) && v.every((x) => typeof x === 'string');
}

function readSubPackages(app: AppJson): SubPackage[] {
  const raw = app.subPackages ?? app.subpackages ?? [];
  if (!Array.isArray(raw)) throw new Error('app.json: subPackages is not a list');
  return raw.map((entry: unknown, i: number) => {
    const e = entry as { root?: unknown; pages?: unknown };
    if (typeof e.root !== 'string' || !isStringArray(e.pages)) throw new Error(`app.json: subPackages[${i}] needs a root and a list of pages`);
    return { root: e.root.replace(/^\/+|\/+$/g, ''), pages: e.pages };
  });
}

function kb(bytes: number): string {
  return `${(bytes / KB).toFixed(1)} KB`;
}

export interface CheckResult {
  lines: string[];
  problems: string[];
}

/** The check itself, on any built mini program directory. */
export function checkWeapp(outDir: string): CheckResult {
  const lines: string[] = [];
  const problems: string[] = [];
  const appJsonPath = path.join(outDir, 'app.json');
  if (!fs.existsSync(appJsonPath)) {
    return { lines, problems: [`${path.relative(process.cwd(), appJsonPath)} is missing: run \`npm run build:weapp\` first`] };
  }
  const app = JSON.parse(fs.readFileSync(appJsonPath, 'utf8')) as AppJson;
  if (!isStringArray(app.pages) || app.pages.length === 0) {
    return { lines, problems: ['app.json: "pages" is missing or empty'] };
  }
  const subPackages = readSubPackages(app);

  // Every page: its script and its page config. Taro renders through base.wxml, so a page's .wxml
  // is a one-line import and a missing one is also fatal; .wxss is optional (pages without styles).
  const pages = [...app.pages, ...subPackages.flatMap((s) => s.pages.map((p) => `${s.root}/${p}`))];
  const required = ['.js', '.json', '.wxml'];
  for (const page of pages) {
    const missing = required.filter((ext) => !fs.existsSync(path.join(outDir, page + ext)));
    if (missing.length > 0) problems.push(`page ${page}: missing ${missing.map((ext) => page + ext).join(', ')}`);
  }
  if (!fs.existsSync(path.join(outDir, 'app.js'))) problems.push('app.js is missing');

  // Sizes: a file belongs to the subpackage whose root contains it, else to the main package.
  const sizes = new Map<string, number>([['main', 0], ...subPackages.map((s): [string, number] => [s.root, 0])]);
  let total = 0;
  for (const file of filesUnder(outDir)) {
    if (NOT_UPLOADED.some((re) => re.test(file))) continue;
    const bytes = fs.statSync(path.join(outDir, file)).size;
    const owner = subPackages.find((s) => file.startsWith(`${s.root}/`));
    const key = owner ? owner.root : 'main';
    sizes.set(key, (sizes.get(key) ?? 0) + bytes);
    total += bytes;
  }

  const rows: Array<[string, number, number]> = [
    ['main package', sizes.get('main') ?? 0, PACKAGE_LIMIT],
    ...subPackages.map((s): [string, number, number] => [`subpackage ${s.root}`, sizes.get(s.root) ?? 0, PACKAGE_LIMIT]),
    ['total', total, TOTAL_LIMIT],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  for (const [label, bytes, limit] of rows) {
    const over = bytes > limit;
    lines.push(`${`${label}:`.padEnd(width + 1)} ${kb(bytes).padStart(10)} (limit ${limit / KB} KB)${over ? '  ✖ over the limit' : ''}`);
    if (over) problems.push(`${label} is ${kb(bytes)}, over WeChat's limit of ${limit / KB} KB`);
  }
  lines.push(`pages: ${pages.length} (${pages.join(', ')})`);
  const syntax = checkWeappSyntax(outDir, ROOT);
  lines.push(...syntax.lines);
  problems.push(...syntax.problems);
  return { lines, problems };
}

function main(): void {
  const outDir = path.resolve(process.argv[2] ?? path.join(ROOT, 'dist', 'weapp'));
  const { lines, problems } = checkWeapp(outDir);
  for (const line of lines) process.stdout.write(`${line}\n`);
  if (problems.length > 0) {
    process.stderr.write(`\ncheck:weapp failed:\n${problems.map((p) => `  - ${p}`).join('\n')}\n`);
    process.exit(1);
  }
  process.stdout.write('check:weapp: ok\n');
}

if (require.main === module) main();
