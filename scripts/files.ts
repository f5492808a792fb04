import fs from 'node:fs';
import path from 'node:path';

/** Every file below `dir`, as '/'-separated paths relative to it (what WeChat's package sizes count). */
export function filesUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}
