#!/usr/bin/env node
// `npm test`: every check the project has, in the order a failure is cheapest to find —
// typecheck, lint, unit + UI, integration on PGlite, integration on a throwaway PostgreSQL server,
// the WeChat build check, then the browser e2e on the H5 build. Nothing is skipped silently:
// a missing system package is installed (as root, with apt) or named in one line, and the run fails.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { postgresBinDir, startPostgres as startPg } from './pg-server.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const resultsDir = path.join(root, '.tmp', 'test-results');
fs.rmSync(resultsDir, { recursive: true, force: true });
fs.mkdirSync(resultsDir, { recursive: true });
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const started = Date.now();

function step(title) {
  process.stdout.write(`\n▶ ${title}\n`);
}

const cleanups = [];
function run(cmd, args, opts = {}) {
  const res = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', ...opts, env: { ...process.env, ...opts.env } });
  if (res.status !== 0) {
    process.stdout.write(`\n✖ failed: ${cmd} ${args.join(' ')}\n`);
    for (const c of cleanups.splice(0)) c();
    summary(false);
    process.exit(res.status || 1);
  }
}

// ---- system packages -------------------------------------------------------------------------
function ensureSystemPackages() {
  const missing = [];
  if (!fs.existsSync('/usr/bin/chromium')) missing.push('chromium');
  if (!postgresBinDir()) missing.push('postgresql');
  // Without a CJK font the screenshots saved for review show boxes instead of Chinese.
  if (!fs.existsSync('/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc')) missing.push('fonts-wqy-zenhei');
  if (missing.length === 0) return;
  const canApt = process.getuid?.() === 0 && fs.existsSync('/usr/bin/apt-get') && process.env.SHUREN_NO_APT !== '1';
  if (!canApt) {
    process.stderr.write(`npm test needs Debian packages ${missing.join(' and ')}: run \`sudo apt-get install -y ${missing.join(' ')}\` and try again.\n`);
    process.exit(1);
  }
  step(`installing ${missing.join(', ')} with apt-get (needed by the PostgreSQL and browser tests)`);
  run('apt-get', ['update', '-q']);
  run('apt-get', ['install', '-y', '-q', '--no-install-recommends', ...missing], { env: { DEBIAN_FRONTEND: 'noninteractive' } });
}

// ---- a throwaway PostgreSQL server (scripts/pg-server.mjs, shared with `npm run bench`) ---------
async function startPostgres() {
  const server = await startPg({ run });
  cleanups.push(server.stop);
  return server;
}

// ---- jest with a result file per run, for the closing count -----------------------------------
const jestRuns = [];
// PGlite loads its WebAssembly through a dynamic import, which jest's sandbox allows only with
// --experimental-vm-modules; the UI project must run without it (it makes jest treat ESM-only
// packages such as lodash-es as native modules instead of transforming them).
function jest(label, projects, env = {}, vmModules = true) {
  const out = path.join(resultsDir, `${label}.json`);
  jestRuns.push({ label, out });
  const nodeFlags = vmModules ? ['--experimental-vm-modules', '--no-warnings=ExperimentalWarning'] : [];
  run(process.execPath, [...nodeFlags, bin('jest'), ...projects.flatMap((p) => ['--selectProjects', p]), '--json', `--outputFile=${out}`], {
    env: { ...env, FORCE_COLOR: process.env.FORCE_COLOR ?? '1' },
  });
}

function summary(success) {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  for (const { label, out } of jestRuns) {
    if (!fs.existsSync(out)) continue;
    const r = JSON.parse(fs.readFileSync(out, 'utf8'));
    passed += r.numPassedTests;
    failed += r.numFailedTests;
    skipped += r.numPendingTests;
    process.stdout.write(`  ${label}: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests} skipped\n`);
  }
  const secs = Math.round((Date.now() - started) / 1000);
  process.stdout.write(`\n${success ? 'All checks passed' : 'Checks failed'} in ${secs}s\n`);
  process.stdout.write(`tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`);
}

// ---- the run ----------------------------------------------------------------------------------
ensureSystemPackages();

step('typecheck (tsc --noEmit)');
run(bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']);

step('lint (eslint)');
run(bin('eslint'), ['.', '--max-warnings=0']);

step("unit, UI and WeChat-path tests (weapp build's code against faithful fakes of wx)");
jest('unit+ui+weapp', ['unit', 'ui', 'weapp'], {}, false);

step('integration tests on PGlite (embedded)');
jest('integration-pglite', ['integration'], { DATABASE_URL: '' });

step('integration tests on PostgreSQL (a throwaway local server)');
const pgServer = await startPostgres();
jest('integration-postgres', ['integration'], { DATABASE_URL: pgServer.url });
cleanups.splice(cleanups.indexOf(pgServer.stop), 1);
pgServer.stop();

step('WeChat build (taro build --type weapp) and package check');
run(bin('taro'), ['build', '--type', 'weapp'], { env: { NODE_ENV: 'production' } });
run(bin('tsx'), ['scripts/check-weapp.ts']);
// WeChat's own compiler and DevTools' code-quality scan (miniprogram-ci), offline.
run(bin('tsx'), ['scripts/wechat-compile.ts']);
run(bin('tsx'), ['scripts/build-cloud.ts']);

step('H5 build and browser e2e (Chromium)');
// The same production build that `npm start` serves (the dev identity switcher is decided at run time).
run(bin('taro'), ['build', '--type', 'h5'], { env: { NODE_ENV: 'production' } });
jest('e2e', ['e2e']);

summary(true);
