// A throwaway PostgreSQL server for `npm test` and `npm run bench`: initdb into a temporary folder,
// pg_ctl start on a free loopback port (as the postgres user when run as root, since PostgreSQL
// refuses to run as root), and stop() removes it all again. Needs Debian's `postgresql` package.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

/** The newest /usr/lib/postgresql/<version>/bin that has initdb, or null when PostgreSQL is not installed. */
export function postgresBinDir() {
  const base = '/usr/lib/postgresql';
  if (!fs.existsSync(base)) return null;
  const versions = fs.readdirSync(base).filter((v) => fs.existsSync(path.join(base, v, 'bin', 'initdb'))).sort((a, b) => Number(b) - Number(a));
  return versions.length ? path.join(base, versions[0], 'bin') : null;
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

function quiet(cmd, args, opts = {}) {
  return spawnSync(cmd, args, { encoding: 'utf8', ...opts });
}

/** The default way to run a step: throw with the command when it fails. */
function runOrThrow(cmd, args, opts = {}) {
  const res = spawnSync(cmd, args, { ...opts, env: { ...process.env, ...opts.env } });
  if (res.status !== 0) throw new Error(`failed: ${cmd} ${args.join(' ')} (exit ${res.status ?? res.signal})`);
}

/**
 * Starts the server and resolves to { url, stop() }. `run(cmd, args, opts)` runs initdb and pg_ctl
 * (npm test passes its own, which stops the whole run on failure); by default a failure throws.
 */
export async function startPostgres({ run = runOrThrow } = {}) {
  const binDir = postgresBinDir();
  if (!binDir) throw new Error('PostgreSQL is not installed (apt-get install -y postgresql)');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shuren-pg-'));
  const port = await freePort();
  // PostgreSQL refuses to run as root: as root, the server runs as the postgres user.
  const asRoot = process.getuid?.() === 0;
  const as = (args) => (asRoot ? ['runuser', ['-u', 'postgres', '--', ...args]] : [args[0], args.slice(1)]);
  if (asRoot) fs.chownSync(dir, Number(quiet('id', ['-u', 'postgres']).stdout.trim()), Number(quiet('id', ['-g', 'postgres']).stdout.trim()));
  const data = path.join(dir, 'data');
  let [cmd, args] = as([path.join(binDir, 'initdb'), '-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8']);
  run(cmd, args, { stdio: ['ignore', 'ignore', 'inherit'] });
  [cmd, args] = as([
    path.join(binDir, 'pg_ctl'), '-D', data, '-l', path.join(dir, 'server.log'), '-w', '-o',
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=200 -c fsync=off`, 'start',
  ]);
  run(cmd, args, { stdio: ['ignore', 'ignore', 'inherit'] });
  let stopped = false;
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop() {
      if (stopped) return;
      stopped = true;
      const [c, a] = as([path.join(binDir, 'pg_ctl'), '-D', data, '-m', 'fast', '-w', 'stop']);
      quiet(c, a);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
