/**
 * `npm run build:cloud`: bundles each cloud/functions/<name>/index.ts into dist/cloud/<name>/, a folder
 * WeChat DevTools uploads as a CloudBase function: index.js, package.json (wx-server-sdk is installed
 * by the cloud), the SQL migrations, and config.json written from the function's declaration next to it,
 * cloud/functions/<name>/function.ts (open APIs, timeout, memory, trigger; see cloud/functions/declare.ts).
 * Fails when a function has no declaration, when a declaration cannot be deployed, and when a bundle calls an
 * open API its declaration leaves out (read from the bundled JavaScript, so shared modules count too).
 */
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { declarationProblems, toConfigJson, type FunctionDeclaration } from '../cloud/functions/declare';
import { wiringReport } from './cloud-wiring';
import { findOpenApiCalls } from './wechat-openapi';

const root = path.resolve(__dirname, '..');
export const FUNCTIONS_DIR = path.join(root, 'cloud', 'functions');
const defaultOut = path.join(root, 'dist', 'cloud');

export interface BuiltFunction {
  name: string;
  declaration: FunctionDeclaration;
  /** Open APIs the bundle uses, "group.method". */
  calls: string[];
  /** Uses the bundle makes that its declaration leaves out, and accesses that cannot be checked. */
  problems: string[];
  /** The Deps ports its index.ts wires with a WeChat adapter (scripts/cloud-wiring.ts). */
  wired: string[];
  bytes: number;
}

/** The functions: every folder of cloud/functions with an index.ts. */
export function functionNames(dir = FUNCTIONS_DIR): string[] {
  return fs
    .readdirSync(dir)
    .filter((n) => fs.existsSync(path.join(dir, n, 'index.ts')))
    .sort();
}

async function loadDeclaration(name: string, dir: string): Promise<FunctionDeclaration> {
  const file = path.join(dir, name, 'function.ts');
  if (!fs.existsSync(file)) throw new Error(`cloud/functions/${name}/function.ts is missing: every function declares its open APIs and timeout`);
  const mod = (await import(file)) as { default?: FunctionDeclaration | { default?: FunctionDeclaration } };
  // tsx may hand a CommonJS-compiled module back with its default export one level down.
  const declaration = mod.default && 'timeout' in mod.default ? mod.default : (mod.default as { default?: FunctionDeclaration } | undefined)?.default;
  if (!declaration) throw new Error(`cloud/functions/${name}/function.ts must \`export default defineFunction({ … })\``);
  const problems = declarationProblems(declaration);
  if (problems.length > 0) throw new Error(`cloud/functions/${name}/function.ts: ${problems.join('; ')}`);
  return declaration;
}

/** What the declaration leaves out of what the bundle does. */
export function bundleProblems(js: string, declaration: FunctionDeclaration): { calls: string[]; problems: string[] } {
  const { calls, dynamic } = findOpenApiCalls(js);
  const declared: readonly string[] = declaration.openapi;
  const problems = [
    ...calls.filter((c) => !declared.includes(c)).map((c) => `calls openapi.${c}, which function.ts does not declare (config.json permissions.openapi)`),
    // Least privilege: a permission the code never uses is one a bug elsewhere could.
    ...declared.filter((d) => !calls.includes(d)).map((d) => `declares openapi.${d}, which the bundle never calls: remove it from function.ts`),
    ...dynamic.map((d) => `${d}: which open API is called cannot be read from the code`),
  ];
  return { calls, problems };
}

/** Bundles every function (or the named ones) into `outRoot`, writing each config.json from its declaration. */
export async function buildCloud(outRoot = defaultOut, names = functionNames()): Promise<BuiltFunction[]> {
  fs.rmSync(outRoot, { recursive: true, force: true });
  const built: BuiltFunction[] = [];
  for (const name of names) {
    const declaration = await loadDeclaration(name, FUNCTIONS_DIR);
    const out = path.join(outRoot, name);
    await build({
      entryPoints: [path.join(FUNCTIONS_DIR, name, 'index.ts')],
      outfile: path.join(out, 'index.js'),
      bundle: true,
      platform: 'node',
      target: 'node16',
      format: 'cjs',
      // wx-server-sdk comes from the cloud's npm install; PGlite is never used in the cloud; pg-native is optional.
      external: ['wx-server-sdk', '@electric-sql/pglite', 'pg-native'],
      logLevel: 'warning',
      // Module markers (`// cloud/core/…`) stay in the output: scripts/cloud-wiring.ts reads them.
      absWorkingDir: root,
    });
    fs.cpSync(path.join(root, 'cloud', 'db', 'migrations'), path.join(out, 'migrations'), { recursive: true });
    fs.writeFileSync(path.join(out, 'config.json'), JSON.stringify(toConfigJson(declaration), null, 2) + '\n');
    fs.writeFileSync(
      path.join(out, 'package.json'),
      JSON.stringify({ name, version: '1.0.0', private: true, main: 'index.js', dependencies: { 'wx-server-sdk': '^3.0.4' } }, null, 2) + '\n',
    );
    const js = fs.readFileSync(path.join(out, 'index.js'), 'utf8');
    const openapi = bundleProblems(js, declaration);
    const wiring = wiringReport(js);
    built.push({ name, declaration, calls: openapi.calls, problems: [...openapi.problems, ...wiring.problems], wired: wiring.wired, bytes: Buffer.byteLength(js) });
  }
  return built;
}

async function main(): Promise<number> {
  const built = await buildCloud();
  let failed = false;
  for (const f of built) {
    const unused = f.declaration.openapi.filter((api) => !f.calls.includes(api));
    process.stdout.write(
      `dist/cloud/${f.name}: index.js ${(f.bytes / 1024).toFixed(1)} KB, timeout ${f.declaration.timeout} s, openapi [${f.calls.join(', ')}]` +
        `${unused.length ? ` (declared but not in the bundle: ${unused.join(', ')})` : ''}${f.declaration.triggers ? `, trigger ${f.declaration.triggers[0].config}` : ''}\n`,
    );
    for (const p of f.problems) process.stderr.write(`  ✖ ${f.name}: ${p}\n`);
    failed ||= f.problems.length > 0;
  }
  if (failed) process.stderr.write('\nbuild:cloud failed: declare the open APIs above in cloud/functions/<name>/function.ts\n');
  return failed ? 1 : 0;
}

if (require.main === module) {
  main().then(
    (code) => process.exit(code),
    (err: unknown) => {
      process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
      process.exit(1);
    },
  );
}
