/**
 * One name per distinct statement text, for the process: the core sends the same few dozen statements again and
 * again, and a named (prepared) statement is parsed and planned once per connection instead of on every call.
 * The text is the key, so a name never stands for two texts (which node-postgres refuses).
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
