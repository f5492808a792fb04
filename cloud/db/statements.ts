/**
 * One name per distinct statement text, for the process: the core sends the same few dozen statements again and
 * again, and a named (prepared) statement is parsed and planned once instead of on every call. PGlite only
 * (./pglite.ts): its one connection lives in this process and its schema changes only at open, when the
 * migrations run. PostgreSQL keeps unnamed statements: there a deploy may add a column while this host runs, and a
 * prepared `SELECT *` would then fail ("cached plan must not change result type") until a restart; and its race
 * showed no gain from naming them.
 */
const names = new Map<string, string>();

/**
 * Past this many texts a statement goes unnamed (parsed every time, as before): a text built per call (a list of
 * placeholders as long as the cart) must not grow every connection's statement cache without end.
 */
export const MAX_NAMED = 1000;

export function statementName(sql: string): string | undefined {
  let name = names.get(sql);
  if (!name && names.size < MAX_NAMED) {
    name = `s${names.size + 1}`;
    names.set(sql, name);
  }
  return name;
}
