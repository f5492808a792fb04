// The load process of bench/platform.ts: a separate Node process, so the clients never share the host's event loop.
// It reads a plan (one action's requests) as JSON from stdin, sends them over HTTP with a few clients, each sending
// its next request when the previous answer arrives, and writes each request's round trip in ms as JSON to stdout.
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
}

export interface LoadResult {
  durations: number[];
  /** answers that were not { ok: true }: the first few, to say why */
  failures: string[];
  failed: number;
  elapsedMs: number;
}

async function send(url: string, r: LoadRequest): Promise<string | null> {
  const res = await fetch(`${url}${r.path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(r.as ? { 'x-dev-openid': r.as } : {}) },
    body: JSON.stringify(r.body),
  });
  const body = (await res.json()) as { ok?: boolean };
  return body.ok ? null : `${res.status} ${JSON.stringify(body).slice(0, 300)}`;
}

async function run(plan: LoadPlan, requests: LoadRequest[]): Promise<LoadResult> {
  const durations: number[] = [];
  const failures: string[] = [];
  let failed = 0;
  let next = 0;
  const t0 = performance.now();
  async function client() {
    while (next < requests.length) {
      const r = requests[next++];
      const t = performance.now();
      const failure = await send(plan.url, r);
      durations.push(performance.now() - t);
      if (failure) {
        failed++;
        if (failures.length < 3) failures.push(failure);
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(plan.concurrency, requests.length) }, client));
  return { durations, failures, failed, elapsedMs: performance.now() - t0 };
}

async function main(): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  const plan = JSON.parse(Buffer.concat(chunks).toString('utf8')) as LoadPlan;
  await run(plan, plan.warmup);
  process.stdout.write(JSON.stringify(await run(plan, plan.requests)));
}

if (require.main === module) {
  main().catch((err: unknown) => {
    process.stderr.write(`platform-load: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  });
}
