import path from 'node:path';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';

const ROOT = path.resolve(__dirname, '../../..');

export interface SpawnedHost {
  url: string;
  child: ChildProcessWithoutNullStreams;
  /** everything the host printed so far (stdout and stderr) */
  output(): string;
}

/**
 * The real host (`cloud/host/main.ts`) as its own process, the way `npm start` runs it — for the tests that kill
 * it or stop it with a signal. Resolves once it prints its URL; rejects if it exits first.
 */
export async function spawnHost(env: Record<string, string>): Promise<SpawnedHost> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'cloud/host/main.ts')], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', NODE_ENV: 'development', ...env },
  });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setInterval(() => {
      const m = out.match(/is running: (http:\/\/\S+)/);
      if (m) {
        clearInterval(timer);
        resolve(m[1]);
      }
    }, 50);
    child.on('exit', (code) => {
      clearInterval(timer);
      reject(new Error(`host exited (${code}): ${out}`));
    });
  });
  return { url, child, output: () => out };
}
