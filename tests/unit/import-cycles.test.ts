/**
 * No import cycle among the app, the cloud and types/, type-only imports included. eslint's import/no-cycle
 * (npm run lint) skips `import type`, and the cycles issue 15 found all ran through one (runtime/context.ts
 * importing its ports from the modules that use it): this walk reads every import the way TypeScript resolves it.
 */
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const root = path.resolve(__dirname, '../..');

function importGraph(): Map<string, string[]> {
  const config = ts.parseJsonConfigFileContent(ts.readConfigFile(path.join(root, 'tsconfig.json'), ts.sys.readFile).config, ts.sys, root);
  const files = new Set(config.fileNames.filter((f) => /^(src|cloud|types)\//.test(path.relative(root, f))));
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const imports = ts.preProcessFile(fs.readFileSync(file, 'utf8'), true, true).importedFiles;
    const deps = imports
      .map((i) => ts.resolveModuleName(i.fileName, file, config.options, ts.sys).resolvedModule?.resolvedFileName)
      .filter((f): f is string => f !== undefined && files.has(f));
    graph.set(file, deps);
  }
  return graph;
}

/** Tarjan's strongly connected components with more than one file (or a file importing itself): each holds a cycle. */
function cycles(graph: Map<string, string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, next);
    low.set(v, next);
    next += 1;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v)!, index.get(w)!));
      }
    }
    if (low.get(v) === index.get(v)) {
      const group: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        group.push(path.relative(root, w));
      } while (w !== v);
      if (group.length > 1 || (graph.get(v) ?? []).includes(v)) found.push(group.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return found;
}

test('src/, cloud/ and types/ import one another without a cycle, type-only imports included', () => {
  const graph = importGraph();
  expect(graph.size).toBeGreaterThan(300);
  expect(cycles(graph)).toEqual([]);
});

test('a cycle made only of type imports is found', () => {
  const a = path.join(root, 'a.ts');
  const b = path.join(root, 'b.ts');
  expect(cycles(new Map([[a, [b]], [b, [a]], [path.join(root, 'c.ts'), [a]]]))).toEqual([['a.ts', 'b.ts']]);
});
