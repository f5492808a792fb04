#!/usr/bin/env node
// `npm start`: rebuild the H5 app when its sources changed since the last build, then run the local host
// (embedded PGlite in DATA_DIR, demo shop seeded into an empty database, URL printed).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const stamp = path.join(root, 'dist', 'h5', '.build-stamp');
const inputs = ['src', 'config', 'types', 'babel.config.js', 'package.json', 'tsconfig.json'];

function newestMtime(p) {
  const full = path.join(root, p);
  if (!fs.existsSync(full)) return 0;
  const st = fs.statSync(full);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const entry of fs.readdirSync(full)) newest = Math.max(newest, newestMtime(path.join(p, entry)));
  return newest;
}

const builtAt = fs.existsSync(stamp) ? fs.statSync(stamp).mtimeMs : 0;
const changedAt = Math.max(...inputs.map(newestMtime));
if (changedAt > builtAt || !fs.existsSync(path.join(root, 'dist', 'h5', 'index.html'))) {
  process.stdout.write('Building the H5 app (sources changed since the last build)…\n');
  const res = spawnSync(path.join(root, 'node_modules', '.bin', 'taro'), ['build', '--type', 'h5'], { cwd: root, stdio: 'inherit' });
  if (res.status !== 0) process.exit(res.status ?? 1);
  fs.writeFileSync(stamp, new Date().toISOString() + '\n');
} else {
  process.stdout.write('H5 app is up to date.\n');
}

const host = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'cloud', 'host', 'main.ts')], { cwd: root, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => host.kill(signal));
host.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
