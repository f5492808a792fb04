/**
 * `npm run build:cloud`: bundles each cloud/functions/<name>/index.ts into dist/cloud/<name>/, a folder
 * WeChat DevTools uploads as a CloudBase function: index.js, package.json (wx-server-sdk is installed
 * by the cloud), the SQL migrations, and the function's config.json (triggers, permissions) if any.
 */
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

const root = path.resolve(__dirname, '..');
const srcDir = path.join(root, 'cloud', 'functions');
const outRoot = path.join(root, 'dist', 'cloud');

async function main() {
  const names = fs.readdirSync(srcDir).filter((n) => fs.existsSync(path.join(srcDir, n, 'index.ts')));
  fs.rmSync(outRoot, { recursive: true, force: true });
  for (const name of names) {
    const out = path.join(outRoot, name);
    await build({
      entryPoints: [path.join(srcDir, name, 'index.ts')],
      outfile: path.join(out, 'index.js'),
      bundle: true,
      platform: 'node',
      target: 'node16',
      format: 'cjs',
      // wx-server-sdk comes from the cloud's npm install; PGlite is never used in the cloud; pg-native is optional.
      external: ['wx-server-sdk', '@electric-sql/pglite', 'pg-native'],
      logLevel: 'warning',
    });
    fs.cpSync(path.join(root, 'cloud', 'db', 'migrations'), path.join(out, 'migrations'), { recursive: true });
    const config = path.join(srcDir, name, 'config.json');
    if (fs.existsSync(config)) fs.copyFileSync(config, path.join(out, 'config.json'));
    fs.writeFileSync(
      path.join(out, 'package.json'),
      JSON.stringify({ name, version: '1.0.0', private: true, main: 'index.js', dependencies: { 'wx-server-sdk': '^3.0.4' } }, null, 2) + '\n',
    );
    const kb = fs.statSync(path.join(out, 'index.js')).size / 1024;
    process.stdout.write(`dist/cloud/${name}: index.js ${kb.toFixed(1)} KB\n`);
  }
}

main().catch((err) => {
  process.stderr.write(String(err) + '\n');
  process.exit(1);
});
