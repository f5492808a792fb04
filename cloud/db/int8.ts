/**
 * How both drivers read PostgreSQL's bigint (int8, OID 20): money totals, sums and counts.
 *
 * Money is integer fen in JS numbers everywhere (types/, the contract's JSON). A number holds every
 * integer up to 2^53 − 1 exactly (≈ ¥90 trillion); the largest order the contract allows is
 * 20 lines × 99 × ¥100,000 = 19,800,000,000 fen, so a shop's lifetime sums stay far below that bound.
 * Beyond it a number would silently round, so the read fails instead (INTERNAL, logged) — never a
 * wrong figure. node-postgres would answer strings by default and PGlite a BigInt past 2^53: neither is
 * what the rest of the code compares and adds, so both are given this one parser (pglite.ts, postgres.ts).
 * Sums over bigint columns are cast back to bigint in SQL (`sum(total_fen)::bigint`): PostgreSQL's
 * sum(bigint) is numeric, which both drivers would return as a string.
 */
export const INT8_OID = 20;

export function parseInt8(text: string): number {
  const n = Number(text);
  if (!Number.isSafeInteger(n)) throw new RangeError(`bigint ${text} is beyond Number.MAX_SAFE_INTEGER: it cannot be read as an exact number`);
  return n;
}
