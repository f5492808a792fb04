/**
 * Which WeChat adapters a cloud function's bundle must wire, read from the bundle itself: the core code esbuild
 * kept (after tree-shaking) reaches Deps ports as `ctx.<port>` / `deps.<port>`, and each port is filled by one
 * adapter module that the function's index.ts imports (cloud/functions/entry.ts, `Wiring`). A port used but not
 * wired would fail at run time ("does not wire …"); this makes it a build error instead. esbuild's unminified
 * output marks each module's code with a `// <path>` line, which is how sections are told apart.
 */

export type Port = 'payments' | 'sender' | 'codes' | 'content' | 'files';

/** The adapter module that fills each port in production. */
export const ADAPTERS: Record<string, Port> = {
  'cloud/functions/cloudpay.ts': 'payments',
  'cloud/functions/sender.ts': 'sender',
  'cloud/functions/wxacode.ts': 'codes',
  'cloud/functions/security.ts': 'content',
  'cloud/functions/files.ts': 'files',
};

const PORTS = ['payments', 'sender', 'codes', 'content', 'files'] as const;
const USE = /\b(?:ctx|deps)\s*\.\s*(payments|sender|codes|content|files)\b/g;
// Reaching a port some other way (destructuring the context, another variable name) cannot be read reliably:
// refuse it, so the check never passes by not seeing.
const HIDDEN = [/\{[^{}]*\b(?:payments|sender|codes|content|files)\b[^{}]*\}\s*[:=]\s*(?:ctx|deps)\b/, /\b(?:ctx|deps)\s*\[/];

export interface WiringReport {
  used: Port[];
  wired: Port[];
  problems: string[];
}

/** The bundle's code per source module, from esbuild's `// <path>` section markers. */
export function bundleSections(js: string): Map<string, string> {
  const sections = new Map<string, string>();
  let current = '';
  for (const line of js.split('\n')) {
    const marker = /^\/\/ ((?:cloud|types|node_modules)\/\S+)$/.exec(line);
    if (marker) {
      current = marker[1];
      sections.set(current, sections.get(current) ?? '');
    } else if (current) {
      sections.set(current, sections.get(current) + line + '\n');
    }
  }
  return sections;
}

export function wiringReport(js: string): WiringReport {
  const used = new Set<Port>();
  const wired = new Set<Port>();
  const problems: string[] = [];
  for (const [file, code] of bundleSections(js)) {
    const adapter = ADAPTERS[file];
    if (adapter) wired.add(adapter);
    if (!file.startsWith('cloud/core/')) continue;
    for (const m of code.matchAll(USE)) used.add(m[1] as Port);
    for (const re of HIDDEN) if (re.test(code)) problems.push(`${file}: reaches the context in a way the wiring check cannot read (use ctx.<port> / deps.<port>)`);
  }
  for (const port of PORTS) {
    if (used.has(port) && !wired.has(port)) problems.push(`its code uses deps.${port} but the function does not wire it (add it to the Wiring in index.ts)`);
  }
  return { used: PORTS.filter((p) => used.has(p)), wired: PORTS.filter((p) => wired.has(p)), problems };
}
