import { defineFunction } from '../declare';

/**
 * The deploy step: applies the pending SQL migrations (dist/cloud/migrate/migrations) to DATABASE_URL, once,
 * after the functions are uploaded and before they take traffic — the other functions only check the schema
 * at a cold start and answer INTERNAL ("run the migrate function") while it is behind. Calls no open API.
 * 60 s, the most CloudBase's tooling allows: a migration that rewrites a large table (012 turns money columns
 * into bigint) takes time; a run cut short rolls back its migration and the next run applies it again.
 */
export default defineFunction({
  openapi: [],
  timeout: 60,
  memorySize: 256,
});
