import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

// The counterfactual of tests/types/contract.ts: in memory, order.cancel resolves with the order's id
// instead of the Order, and the app's contract must stop compiling. Only that one file is checked (its
// imports are type-checked on demand), with TypeScript's API rather than tsc on the whole project.
const ROOT = path.resolve(__dirname, '..', '..');
const CONTRACT = path.join(ROOT, 'tests/types/contract.ts');
const ORDERS_TABLE = path.join(ROOT, 'cloud/core/orders/index.ts');

function options(): ts.CompilerOptions {
  const parsed = ts.getParsedCommandLineOfConfigFile(path.join(ROOT, 'tsconfig.json'), {}, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => {
      throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    },
  });
  if (!parsed) throw new Error('tsconfig.json could not be read');
  return parsed.options;
}

/** The contract file's errors when the orders table is the given text, as `line: TSnnnn`. */
function contractErrors(ordersTable: string): string[] {
  const opts = options();
  const host = ts.createCompilerHost(opts, true);
  const read = host.getSourceFile.bind(host);
  host.getSourceFile = (file, lang, onError, fresh) =>
    path.resolve(file) === ORDERS_TABLE ? ts.createSourceFile(file, ordersTable, lang, true) : read(file, lang, onError, fresh);
  const program = ts.createProgram([CONTRACT], opts, host);
  const source = program.getSourceFile(CONTRACT);
  if (!source) throw new Error('tests/types/contract.ts is missing');
  return [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)].map(
    (d) => `${d.start === undefined ? '?' : source.getLineAndCharacterOfPosition(d.start).line + 1}: TS${d.code}`,
  );
}

function lineOf(text: string, needle: string): number {
  const index = text.split('\n').findIndex((l) => l.includes(needle));
  if (index < 0) throw new Error(`${needle} not found`);
  return index + 1;
}

describe("the app's contract is derived from the cloud's function tables", () => {
  it('breaks when order.cancel resolves with an id instead of the Order', () => {
    const table = fs.readFileSync(ORDERS_TABLE, 'utf8');
    const mutated = table.replace(/^ {2}cancel,$/m, '  cancel: { ...cancel, run: async (...args: Parameters<typeof cancel.run>) => (await cancel.run(...args)).id },');
    expect(mutated).not.toBe(table);

    const contract = fs.readFileSync(CONTRACT, 'utf8');
    const errors = contractErrors(mutated);
    // exactly the checks about order.cancel fail (the result's and the client's Equal<…, Order>), and the
    // expected error that a string is not that result goes unused (TS2578); nothing else breaks
    expect(errors).toEqual([
      `${lineOf(contract, "ActionResult<'order', 'cancel'>, Order")}: TS2344`,
      `${lineOf(contract, "callFunction<'order', 'cancel'>")}: TS2344`,
      `${lineOf(contract, 'resolves with the whole Order')}: TS2578`,
    ]);
  }, 120_000);

  it('reaches the app only as types, so no cloud code lands in its bundle', () => {
    const files = [path.join(ROOT, 'types/functions.ts'), ...fs.readdirSync(path.join(ROOT, 'src/api')).map((f) => path.join(ROOT, 'src/api', f))];
    const valueImportsOfCloud = files.flatMap((file) => {
      const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
      return source.statements
        .filter((s): s is ts.ImportDeclaration | ts.ExportDeclaration => ts.isImportDeclaration(s) || ts.isExportDeclaration(s))
        .filter((s) => s.moduleSpecifier && ts.isStringLiteral(s.moduleSpecifier) && /(^|\/)cloud\//.test(s.moduleSpecifier.text))
        .filter((s) => !(ts.isImportDeclaration(s) ? s.importClause?.isTypeOnly : s.isTypeOnly))
        .map((s) => `${path.relative(ROOT, file)}: ${s.getText(source)}`);
    });
    expect(valueImportsOfCloud).toEqual([]);
  });
});
