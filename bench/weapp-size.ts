// WeChat package sizes: the main package and each subpackage of the production weapp build against
// WeChat's 2 MB per-package limit, and against the floor — a bare one-page Taro React app built with
// this project's own config (config/*.ts copied into a temporary project whose src/ holds one page).
// Sizes count what WeChat DevTools uploads (as scripts/check-weapp.ts does: no .LICENSE.txt, no .map).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { checkWeapp } from '../scripts/check-weapp';
import { kb, print, ROOT, type Log } from './lib';
import { filesUnder } from '../scripts/files';
import { sizeReport } from '../scripts/size-report';

const PACKAGE_LIMIT = 2 * 1024 * 1024;
/** measured by hand in ../shared/TOOLCHAIN.md; used only when the floor cannot be built here */
const TOOLCHAIN_FLOOR_BYTES = 304 * 1024;
const NOT_UPLOADED = [/\.LICENSE\.txt$/, /\.map$/];
const TARO = path.join(ROOT, 'node_modules', '.bin', 'taro');
export const LOG_DIR = path.join(ROOT, '.tmp', 'bench');
const STATS_FILE = path.join(LOG_DIR, 'weapp-stats.json');

export interface PackageSize {
  name: string;
  bytes: number;
}

export interface WeappSizes {
  packages: PackageSize[];
  total: number;
  floorBytes: number;
  /** where the floor figure comes from */
  floorSource: string;
  problems: string[];
}

/** `taro build --type <type>` in `cwd` (production), its output in .tmp/bench/<label>.log; null or the failure. */
export function taroBuild(type: 'weapp' | 'h5', cwd: string, label: string, env: Record<string, string> = {}): string | null {
  fs.mkdirSync(LOG_DIR, { recursive: true });
  const logFile = path.join(LOG_DIR, `${label}.log`);
  const t0 = performance.now();
  const res = spawnSync(TARO, ['build', '--type', type], { cwd, encoding: 'utf8', env: { ...process.env, NODE_ENV: 'production', FORCE_COLOR: '0', ...env } });
  fs.writeFileSync(logFile, `${res.stdout ?? ''}\n${res.stderr ?? ''}`);
  if (res.status !== 0) return `taro build --type ${type} failed (exit ${res.status ?? res.signal}); see ${path.relative(ROOT, logFile)}`;
  print(`  built ${label} in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  return null;
}

/** Bytes per package of a built mini program: a file belongs to the subpackage whose root holds it, else to the main package. */
export function packageSizes(outDir: string): { packages: PackageSize[]; total: number } {
  const app = JSON.parse(fs.readFileSync(path.join(outDir, 'app.json'), 'utf8')) as { subPackages?: { root: string }[]; subpackages?: { root: string }[] };
  const roots = (app.subPackages ?? app.subpackages ?? []).map((s) => s.root.replace(/^\/+|\/+$/g, ''));
  const sizes = new Map<string, number>([['main package', 0], ...roots.map((r): [string, number] => [`subpackage ${r}`, 0])]);
  let total = 0;
  for (const file of filesUnder(outDir)) {
    if (NOT_UPLOADED.some((re) => re.test(file))) continue;
    const bytes = fs.statSync(path.join(outDir, file)).size;
    const root = roots.find((r) => file.startsWith(`${r}/`));
    const key = root ? `subpackage ${root}` : 'main package';
    sizes.set(key, (sizes.get(key) ?? 0) + bytes);
    total += bytes;
  }
  return { packages: [...sizes].map(([name, bytes]) => ({ name, bytes })), total };
}

/** A bare one-page Taro React app with this project's config, built into .tmp/bench-floor/dist/weapp. */
function buildFloor(): { bytes: number } | { error: string } {
  const dir = path.join(ROOT, '.tmp', 'bench-floor');
  fs.rmSync(dir, { recursive: true, force: true });
  const files: Record<string, string> = {
    'package.json': '{ "name": "shuren-floor", "private": true }\n',
    'babel.config.js': "module.exports = require('../../babel.config.js');\n",
    'src/app.config.ts': "export default defineAppConfig({ pages: ['pages/index/index'] });\n",
    'src/app.ts': "import type { PropsWithChildren } from 'react';\n\nexport default function App({ children }: PropsWithChildren) {\n  return children;\n}\n",
    'src/pages/index/index.config.ts': "export default definePageConfig({ navigationBarTitleText: 'floor' });\n",
    'src/pages/index/index.tsx': "import { Text, View } from '@tarojs/components';\n\nexport default function Index() {\n  return (\n    <View>\n      <Text>Hello</Text>\n    </View>\n  );\n}\n",
  };
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
  // Taro only compiles a config inside the project, so the project's config (folders too: config/h5-components) is
  // copied as it is, with project.config.json, whose base library sets the CSS prefixes (config/index.ts) — the floor
  // is built exactly as the app is.
  fs.cpSync(path.join(ROOT, 'config'), path.join(dir, 'config'), { recursive: true });
  fs.copyFileSync(path.join(ROOT, 'project.config.json'), path.join(dir, 'project.config.json'));
  const failed = taroBuild('weapp', dir, 'weapp-floor');
  if (failed) return { error: failed };
  return { bytes: packageSizes(path.join(dir, 'dist', 'weapp')).total };
}

/** Builds the project's weapp (unless `build` is false) and the floor, and measures both. */
export function measureWeapp(build: boolean, log: Log = print): WeappSizes | { error: string } {
  if (build) {
    // With the size report's hidden source maps and stats (config/index.ts): the .js files are what WeChat counts
    // (the .map files are not uploaded and not counted), and the per-module report below reads them.
    const failed = taroBuild('weapp', ROOT, 'weapp', { TARO_SIZE_REPORT: STATS_FILE });
    if (failed) return { error: failed };
  }
  const outDir = path.join(ROOT, 'dist', 'weapp');
  if (!fs.existsSync(path.join(outDir, 'app.json'))) return { error: 'dist/weapp is missing (npm run build:weapp)' };
  const { packages, total } = packageSizes(outDir);
  const { problems } = checkWeapp(outDir);
  const floor = buildFloor();
  const floorBytes = 'bytes' in floor ? floor.bytes : TOOLCHAIN_FLOOR_BYTES;
  const floorSource =
    'bytes' in floor
      ? 'built here: a one-page Taro React app with config/*.ts'
      : `NOT built here (${floor.error}): TOOLCHAIN.md's measured floor of 304 KB is used instead`;
  for (const p of packages) {
    log(`${p.name}: ${kb(p.bytes)} = ${((100 * p.bytes) / PACKAGE_LIMIT).toFixed(1)}% of 2 MB, ${(p.bytes / floorBytes).toFixed(2)}× the floor`);
  }
  log(`total ${kb(total)}; floor ${kb(floorBytes)} (${floorSource})`);
  for (const p of problems) log(`check:weapp problem: ${p}`);
  log('size report (scripts/size-report.ts):');
  for (const line of sizeReport(outDir, STATS_FILE)) log(`  ${line}`);
  return { packages, total, floorBytes, floorSource, problems };
}

export const WEAPP_LIMIT = PACKAGE_LIMIT;

if (require.main === module) {
  const r = measureWeapp(!process.argv.includes('--no-build'));
  if ('error' in r) {
    print(r.error);
    process.exit(1);
  }
}
