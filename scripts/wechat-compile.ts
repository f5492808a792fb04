/**
 * `npm run check:wechat`, after `npm run build:weapp`: dist/weapp through WeChat's own compiler and DevTools'
 * code-quality scan, offline, with the npm package miniprogram-ci (https://developers.weixin.qq.com/miniprogram/dev/devtools/ci.html):
 * - `new ci.Project({ appid, type: 'miniProgram', projectPath, privateKeyPath, ignores })` — the project object;
 *   `projectPath` is the folder of a project.config.json (Taro copies ours into dist/weapp with miniprogramRoot "./").
 * - `ci.getCompiledResult({ project, version, setting: { useProjectConfig: true } })` compiles the package as an upload
 *   would (the same options as `ci.upload`; `useProjectConfig` takes es6/minify/… from project.config.json's `setting`)
 *   and returns its files — what WeChat's servers would receive.
 * - `ci.checkCodeQuality(project)` returns DevTools' 代码质量扫描 items (https://developers.weixin.qq.com/miniprogram/dev/devtools/quality.html):
 *   PACKAGE_SIZE_LIMIT (with each package's size), JS/WXML/WXSS_COMPRESS_OPEN (project.config.json `setting.minified`,
 *   `minifyWXML`, `minifyWXSS`), LAZYCODE_LOADING_OPEN, IMAGE_AND_AUDIO_LIMIT, CONTAINS_OTHER_PKG_JS, … (the package's README).
 * Offline: miniprogram-ci asks WeChat's servers for the project's attributes (with the appid's upload key) — replaced here
 * by its own defaults, `ci.DefaultProjectAttr` — and for its list of allowed file extensions, for which it falls back to
 * a built-in list when the request fails. Every request it makes goes to a local proxy (`ci.proxy`, documented in the
 * README) that refuses it, so nothing leaves the machine and the result does not depend on the network. The key file is
 * a throwaway RSA key made for this run: these two calls never use it to sign anything.
 * Fails on a compile error, on compression off, and on every quality item not met except lazyCodeLoading (kept off on
 * evidence, see config/index.ts).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..');
const KB = 1024;

/** Quality items allowed to fail, each with the reason (printed with the verdict). */
export const ACCEPTED: Record<string, string> = {
  LAZYCODE_LOADING_OPEN: 'kept off on evidence (Taro issue #10885: white screen); see config/index.ts',
};

export interface QualityItem {
  name: string;
  success: boolean;
  text: string;
  detail?: unknown;
}

export interface PackageSize {
  name: string;
  bytes: number;
}

/** Bytes per package of a file list: a file belongs to the subpackage whose root holds it, else to the main package. */
export function packageSizes(files: Record<string, number>, roots: string[]): { packages: PackageSize[]; total: number } {
  const sizes = new Map<string, number>([['main package', 0], ...roots.map((r): [string, number] => [`subpackage ${r}`, 0])]);
  let total = 0;
  for (const [file, bytes] of Object.entries(files)) {
    const root = roots.find((r) => file.startsWith(`${r}/`));
    const key = root ? `subpackage ${root}` : 'main package';
    sizes.set(key, (sizes.get(key) ?? 0) + bytes);
    total += bytes;
  }
  return { packages: [...sizes].map(([name, bytes]) => ({ name, bytes })), total };
}

/** The verdict: a line per quality item, and the problems that fail the check. */
export function judgeQuality(items: QualityItem[]): { lines: string[]; problems: string[] } {
  const lines: string[] = [];
  const problems: string[] = [];
  for (const item of items) {
    const accepted = ACCEPTED[item.name];
    // An item's text describes the rule or the failure ("JS compression is not turned on"), so it is shown only when not met.
    if (item.success) lines.push(`  ✔ ${item.name}`);
    else lines.push(`  ${accepted ? '–' : '✖'} ${item.name}: ${item.text}${accepted ? ` — accepted: ${accepted}` : ''}`);
    if (!item.success && !accepted) problems.push(`${item.name}: ${item.text}`);
  }
  for (const name of ['JS_COMPRESS_OPEN', 'WXML_COMPRESS_OPEN', 'WXSS_COMPRESS_OPEN', 'PACKAGE_SIZE_LIMIT']) {
    if (!items.some((i) => i.name === name)) problems.push(`the code-quality report has no ${name} item (miniprogram-ci changed?)`);
  }
  return { lines, problems };
}

/** A local HTTP proxy that refuses everything and remembers what was asked (HTTPS comes as CONNECT host:port). */
async function refusingProxy(): Promise<{ url: string; asked: string[]; close: () => void }> {
  const asked: string[] = [];
  const server = http.createServer((req, res) => {
    asked.push(req.url ?? '?');
    res.writeHead(503).end();
  });
  server.on('connect', (req: http.IncomingMessage, socket: import('node:stream').Duplex) => {
    asked.push(req.url ?? '?');
    socket.end('HTTP/1.1 503 Service Unavailable\r\n\r\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, asked, close: () => server.close() };
}

export interface WechatReport {
  compiledFiles: number;
  packages: PackageSize[];
  total: number;
  quality: QualityItem[];
  asked: string[];
}

/** Compiles `projectPath` (a folder with project.config.json and app.json) with WeChat's compiler and scans it. */
export async function compileWithWechat(projectPath: string): Promise<WechatReport> {
  const config = JSON.parse(fs.readFileSync(path.join(projectPath, 'project.config.json'), 'utf8')) as { appid?: string };
  const app = JSON.parse(fs.readFileSync(path.join(projectPath, 'app.json'), 'utf8')) as { subPackages?: { root: string }[]; subpackages?: { root: string }[] };
  const roots = (app.subPackages ?? app.subpackages ?? []).map((s) => s.root.replace(/^\/+|\/+$/g, ''));
  const version = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

  // Loaded here, not at the top: it starts services as it loads, which the unit tests of the verdict do not need.
  const ci = await import('miniprogram-ci');
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'shuren-wechat-'));
  const proxy = await refusingProxy();
  // miniprogram-ci's compiler makes its cache folder at a path relative to the working directory
  // (SummerCompilerFactory.ensureCacheDir: path.join("", md5(`${projectPath}|summer`))), which would leave an empty
  // folder named like 83ddb23e… in whatever folder the check runs from: run it from the temp folder instead.
  const cwd = process.cwd();
  process.chdir(tmp);
  try {
    const keyPath = path.join(tmp, 'private.key');
    const { privateKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
    fs.writeFileSync(keyPath, privateKey.export({ type: 'pkcs1', format: 'pem' }), { mode: 0o600 });
    ci.proxy(proxy.url);
    const project = new ci.Project({
      appid: config.appid ?? 'touristappid',
      type: 'miniProgram',
      projectPath,
      privateKeyPath: keyPath,
      ignores: ['node_modules/**/*'],
    });
    project.attr = async () => ({ ...ci.DefaultProjectAttr });
    const compiled = await ci.getCompiledResult({ project, version, setting: { useProjectConfig: true }, onProgressUpdate: () => undefined });
    const bytes = Object.fromEntries(Object.entries(compiled).map(([file, content]) => [file, typeof content === 'string' ? Buffer.byteLength(content) : content.length]));
    const { packages, total } = packageSizes(bytes, roots);
    const quality = (await ci.checkCodeQuality(project)).map((i): QualityItem => ({
      name: i.name ?? '(unnamed item)',
      success: i.success === true,
      text: i.text ?? '',
      detail: i.detail as unknown,
    }));
    return { compiledFiles: Object.keys(compiled).length, packages, total, quality, asked: proxy.asked };
  } finally {
    process.chdir(cwd);
    proxy.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

function kb(bytes: number): string {
  return `${(bytes / KB).toFixed(1)} KB`;
}

async function main(): Promise<number> {
  const projectPath = path.resolve(process.argv[2] ?? path.join(ROOT, 'dist', 'weapp'));
  if (!fs.existsSync(path.join(projectPath, 'app.json')) || !fs.existsSync(path.join(projectPath, 'project.config.json'))) {
    process.stderr.write(`${path.relative(ROOT, projectPath)} has no app.json / project.config.json: run \`npm run build:weapp\` first\n`);
    return 1;
  }
  let report: WechatReport;
  try {
    report = await compileWithWechat(projectPath);
  } catch (err) {
    process.stderr.write(`\ncheck:wechat failed: WeChat's compiler refused the package:\n${err instanceof Error ? err.stack ?? err.message : JSON.stringify(err)}\n`);
    return 1;
  }
  const out: string[] = [`WeChat's compiler (miniprogram-ci): ${report.compiledFiles} files compiled; the package as it would be uploaded:`];
  const width = Math.max(...report.packages.map((p) => p.name.length), 'total'.length);
  for (const p of [...report.packages, { name: 'total', bytes: report.total }]) out.push(`  ${`${p.name}:`.padEnd(width + 1)} ${kb(p.bytes).padStart(10)} (${p.bytes} B)`);
  const sizeItem = report.quality.find((i) => i.name === 'PACKAGE_SIZE_LIMIT');
  // The scan counts the project's files as they are (before the upload's compression), in bytes per package root.
  if (sizeItem?.detail) out.push(`  sizes the quality scan counts (bytes, before WeChat's compression): ${JSON.stringify(sizeItem.detail)}`);
  out.push("WeChat's code-quality verdict:");
  const { lines, problems } = judgeQuality(report.quality);
  out.push(...lines);
  out.push(`requests miniprogram-ci tried (all refused locally): ${report.asked.length === 0 ? 'none' : report.asked.join(', ')}`);
  process.stdout.write(`${out.join('\n')}\n`);
  if (problems.length > 0) {
    process.stderr.write(`\ncheck:wechat failed:\n${problems.map((p) => `  - ${p}`).join('\n')}\n`);
    return 1;
  }
  process.stdout.write('check:wechat: ok\n');
  return 0;
}

// miniprogram-ci leaves a file watcher running: exit explicitly.
if (require.main === module) {
  main().then(
    (code) => process.exit(code),
    (err: unknown) => {
      process.stderr.write(`${String(err)}\n`);
      process.exit(1);
    },
  );
}
