// What the weapp's main package is made of, per module: `npx tsx scripts/size-report.ts [outDir]` builds the mini program
// with TARO_SIZE_REPORT (config/index.ts: hidden source maps and a trimmed webpack stats file) into .tmp/size-report/weapp,
// or reads an existing build given as outDir (which must have been built the same way). It prints every file of the
// main package, the top modules of its shared chunks (common.js, vendors.js, app.js, taro.js) with who imports them,
// and each page's own size. Bytes are the minified bytes of the .js files, attributed to their sources through the
// source maps (what terser emitted for that module); bytes no mapping covers are webpack's glue between modules.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { SourceMapConsumer, type RawSourceMap } from 'source-map';
import { filesUnder } from './files';

const ROOT = path.resolve(__dirname, '..');
export const SIZE_REPORT_DIR = path.join(ROOT, '.tmp', 'size-report');
const NOT_UPLOADED = [/\.LICENSE\.txt$/, /\.map$/];
/** Shared chunks of the main package, as Taro's split chunks name them (https://docs.taro.zone/docs/mini-split-chunks-plugin). */
const SHARED_CHUNKS = ['common.js', 'vendors.js', 'app.js', 'taro.js'];
const GLUE = '(webpack glue, no source)';

interface Stats {
  chunks: { id: string | number; names: string[]; files: string[] }[];
  modules: { name: string; size: number; chunks: (string | number)[]; issuers: string[] }[];
}

/** A stats module name as the source maps spell it (see moduleKey). */
const mangled = (name: string): string => name.replace(/ \+ \d+ modules$/, '').replace(/[\\/]/g, '_');

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

/** A module's name as the report prints it: a package for node_modules (its files are one decision), else the source path. */
function moduleKey(source: string, known: Map<string, string>): string {
  // Taro's weapp source maps name sources `webpack://<project>/._src_api_client.ts` (path separators made `_`).
  const bare = source.replace(/^webpack:\/\/[^/]*\//, '');
  const name = known.get(bare) ?? bare;
  const pkg = /node_modules[\\/_]((?:@[^\\/_]+[\\/_])?[^\\/_]+)/.exec(name.replace(/^.*node_modules[\\/]/, 'node_modules/'));
  if (pkg) return `npm ${pkg[1].replace(/^(@[^/_]+)_/, '$1/')}`;
  return name.replace(/^\.\//, '');
}

/** Minified bytes of one .js file per source, through its source map. */
export function bytesBySource(jsFile: string, known: Map<string, string> = new Map()): Map<string, number> | null {
  const mapFile = `${jsFile}.map`;
  if (!fs.existsSync(mapFile)) return null;
  const code = fs.readFileSync(jsFile, 'utf8');
  const lines = code.split('\n');
  const consumer = new SourceMapConsumer(JSON.parse(fs.readFileSync(mapFile, 'utf8')) as RawSourceMap);
  const segments: { line: number; column: number; source: string | null }[] = [];
  consumer.eachMapping((m) => segments.push({ line: m.generatedLine, column: m.generatedColumn, source: m.source }), null, SourceMapConsumer.GENERATED_ORDER);
  const out = new Map<string, number>();
  const add = (key: string, bytes: number): void => {
    if (bytes > 0) out.set(key, (out.get(key) ?? 0) + bytes);
  };
  let attributed = 0;
  segments.forEach((seg, i) => {
    const text = lines[seg.line - 1] ?? '';
    const next = segments[i + 1];
    const end = next && next.line === seg.line ? next.column : text.length;
    // Columns count UTF-16 units; WeChat counts the file's UTF-8 bytes.
    const bytes = Buffer.byteLength(text.slice(seg.column, end));
    if (seg.source === null) return;
    add(moduleKey(seg.source, known), bytes);
    attributed += bytes;
  });
  add(GLUE, Buffer.byteLength(code) - attributed);
  return out;
}

interface AppJson {
  pages: string[];
  subPackages?: { root: string; pages: string[] }[];
  subpackages?: { root: string; pages: string[] }[];
}

/** The report's lines for a built mini program (outDir) and the stats file written next to that build. */
export function sizeReport(outDir: string, statsFile: string, top = 12): string[] {
  const lines: string[] = [];
  const app = JSON.parse(fs.readFileSync(path.join(outDir, 'app.json'), 'utf8')) as AppJson;
  const subs = (app.subPackages ?? app.subpackages ?? []).map((s) => ({ root: s.root.replace(/^\/+|\/+$/g, ''), pages: s.pages }));
  const stats: Stats | null = fs.existsSync(statsFile) ? (JSON.parse(fs.readFileSync(statsFile, 'utf8')) as Stats) : null;
  const modules = (stats?.modules ?? []).filter((m) => typeof m.name === 'string');
  const known = new Map<string, string>();
  for (const m of modules) known.set(mangled(m.name), m.name);
  const importers = new Map<string, string[]>();
  for (const m of modules) {
    const key = moduleKey(mangled(m.name), known);
    importers.set(key, [...(importers.get(key) ?? []), ...m.issuers]);
  }

  const files = filesUnder(outDir).filter((f) => !NOT_UPLOADED.some((re) => re.test(f)));
  const size = (f: string): number => fs.statSync(path.join(outDir, f)).size;
  const inMain = files.filter((f) => !subs.some((s) => f.startsWith(`${s.root}/`)));
  const pageFiles = (page: string): string[] => files.filter((f) => f.replace(/\.[^.]+$/, '') === page);
  const mainPageFiles = new Set(app.pages.flatMap(pageFiles));
  const mainTotal = inMain.reduce((n, f) => n + size(f), 0);

  lines.push(`main package ${kb(mainTotal)}: its files outside the pages`);
  for (const f of inMain.filter((x) => !mainPageFiles.has(x)).sort((a, b) => size(b) - size(a))) lines.push(`  ${kb(size(f)).padStart(9)}  ${f}`);

  for (const chunk of SHARED_CHUNKS) {
    const file = path.join(outDir, chunk);
    if (!fs.existsSync(file)) continue;
    const by = bytesBySource(file, known);
    if (!by) {
      lines.push(`${chunk}: no source map (build with TARO_SIZE_REPORT set: npx tsx scripts/size-report.ts)`);
      continue;
    }
    const rows = [...by].sort((a, b) => b[1] - a[1]);
    lines.push(`${chunk} ${kb(size(chunk))}, ${rows.length} modules; top ${Math.min(top, rows.length)}:`);
    for (const [name, bytes] of rows.slice(0, top)) {
      const from = [...new Set((importers.get(name) ?? []).map((n) => moduleKey(mangled(n), known)).filter((n) => n !== name))];
      const who = chunk === 'common.js' || chunk === 'vendors.js' ? (from.length ? `  ← ${from.slice(0, 3).join(', ')}${from.length > 3 ? ` +${from.length - 3}` : ''}` : '') : '';
      lines.push(`  ${kb(bytes).padStart(9)}  ${name}${who}`);
    }
  }

  lines.push('pages, each its own files (.js .json .wxml .wxss):');
  const pageRow = (page: string): string => `  ${kb(pageFiles(page).reduce((n, f) => n + size(f), 0)).padStart(9)}  ${page}`;
  for (const page of app.pages) lines.push(pageRow(page));
  for (const s of subs) {
    const own = files.filter((f) => f.startsWith(`${s.root}/`));
    const pages = s.pages.map((p) => `${s.root}/${p}`);
    const shared = own.filter((f) => !pages.some((p) => pageFiles(p).includes(f)));
    lines.push(`subpackage ${s.root} ${kb(own.reduce((n, f) => n + size(f), 0))}; shared by its pages: ${shared.map((f) => `${f.slice(s.root.length + 1)} ${kb(size(f))}`).join(', ') || 'nothing'}`);
    for (const page of pages) lines.push(pageRow(page));
  }
  return lines;
}

/** `taro build --type weapp` (production) with the size report's maps and stats into .tmp/size-report/weapp. */
export function buildForReport(outRel = path.relative(ROOT, path.join(SIZE_REPORT_DIR, 'weapp'))): string | null {
  const taro = path.join(ROOT, 'node_modules', '.bin', 'taro');
  fs.rmSync(path.join(ROOT, outRel), { recursive: true, force: true });
  const res = spawnSync(taro, ['build', '--type', 'weapp'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, NODE_ENV: 'production', FORCE_COLOR: '0', TARO_OUTPUT: outRel, TARO_SIZE_REPORT: path.join(ROOT, outRel, '..', 'stats.json') },
  });
  if (res.status !== 0) return `taro build --type weapp failed (exit ${res.status ?? res.signal}):\n${(res.stderr ?? '').slice(-2000)}`;
  return null;
}

if (require.main === module) {
  const given = process.argv[2];
  if (!given) {
    const failed = buildForReport();
    if (failed) {
      process.stderr.write(`${failed}\n`);
      process.exit(1);
    }
  }
  const outDir = path.resolve(given ?? path.join(SIZE_REPORT_DIR, 'weapp'));
  const statsFile = process.argv[3] ? path.resolve(process.argv[3]) : path.join(outDir, '..', 'stats.json');
  for (const line of sizeReport(outDir, statsFile, Number(process.env.SIZE_REPORT_TOP ?? 12))) process.stdout.write(`${line}\n`);
}
