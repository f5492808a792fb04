// The load process of the benchmarks that measure round trips (bench/platform.ts, bench/host-latency.ts): a separate
// Node process, so the clients never share the host's event loop. runLoad() spawns it with a plan (one action's
// requests) as JSON on stdin; it sends them over HTTP with a few clients, each sending its next request when the
// previous answer arrives, through one keep-alive agent (as a gateway in front of the functions would hold its
// connections open), and writes each request's round trip in ms as JSON to stdout.
import { spawn } from 'node:child_process';
import http from 'node:http';
import path from 'node:path';

export interface LoadRequest {
  path: string;
  body: unknown;
  as?: string;
}

export interface LoadPlan {
  url: string;
  concurrency: number;
  warmup: LoadRequest[];
  requests: LoadRequest[];
  /** send back every measured answer's body too */
  answers?: boolean;
}

export interface LoadResult {
  durations: number[];
  /** answers that were not { ok: true }: the first few, to say why */
  failures: string[];
  failed: number;
  elapsedMs: number;
  answers?: unknown[];
}

const ROOT = path.resolve(__dirname, '..');

/** Runs the plan in a new load process; resolves with its result. */
export function runLoad(plan: LoadPlan): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', __filename], { cwd: ROOT, stdio: ['pipe', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString('utf8')));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`the load process exited with ${code}`));
      try {
        resolve(JSON.parse(out) as LoadResult);
      } catch (err) {
        reject(err instanceof Error ? err : new Error(String(err)));
      }
    });
    child.stdin.end(JSON.stringify(plan));
  });
}

function send(agent: http.Agent, url: string, r: LoadRequest, answers?: unknown[]): Promise<string | null> {
  const payload = Buffer.from(JSON.stringify(r.body));
  return new Promise((resolve, reject) => {
    const req = http.request(
      `${url}${r.path}`,
      {
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': payload.length, ...(r.as ? { 'x-dev-openid': r.as } : {}) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('error', reject);
        res.on('end', () => {
          try {
            const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { ok?: boolean };
            answers?.push(body);
            resolve(body.ok ? null : `${res.statusCode} ${JSON.stringify(body).slice(0, 300)}`);
          } catch (err) {
            reject(err instanceof Error ? err : new Error(String(err)));
          }
        });
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

async function run(agent: http.Agent, plan: LoadPlan, requests: LoadRequest[]): Promise<LoadResult> {
  const durations: number[] = [];
  const failures: string[] = [];
  const answers: unknown[] | undefined = plan.answers && requests === plan.requests ? [] : undefined;
  let failed = 0;
  let next = 0;
  const t0 = performance.now();
  async function client() {
    while (next < requests.length) {
      const r = requests[next++];
      const t = performance.now();
      const failure = await send(agent, plan.url, r, answers);
      durations.push(performance.now() - t);
      if (failure) {
        failed++;
        if (failures.length < 3) failures.push(failure);
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(plan.concurrency, requests.length) }, client));
  return { durations, failures, failed, elapsedMs: performance.now() - t0, answers };
}

async function main(): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  const plan = JSON.parse(Buffer.concat(chunks).toString('utf8')) as LoadPlan;
  // one connection per client, kept open between its requests
  const agent = new http.Agent({ keepAlive: true, maxSockets: plan.concurrency });
  await run(agent, plan, plan.warmup);
  const result = await run(agent, plan, plan.requests);
  agent.destroy();
  process.stdout.write(JSON.stringify(result));
}

if (require.main === module) {
  main().catch((err: unknown) => {
    process.stderr.write(`platform-load: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  });
}
