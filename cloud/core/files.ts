import fs from 'node:fs';
import path from 'node:path';
import type { FileStore } from './runtime/ports';


export const EXPORTS_URL_PREFIX = '/uploads/exports/';

/** The host's stand-in: files in `dir`, which the host serves at /uploads/exports/<name>. */
export function localFileStore(dir: string): FileStore {
  return {
    async put({ key, ext, bytes }) {
      const name = `${key}.${ext}`;
      await fs.promises.mkdir(dir, { recursive: true });
      await fs.promises.writeFile(path.join(dir, name), bytes, { flag: 'wx' });
      return { url: `${EXPORTS_URL_PREFIX}${name}`, fileID: null, ref: name };
    },
    async remove(refs) {
      await Promise.all(refs.map((ref) => fs.promises.rm(path.join(dir, path.basename(ref)), { force: true })));
    },
  };
}
