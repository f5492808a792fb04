// Types of scripts/pg-server.mjs for the TypeScript that imports it (bench/).
export interface PgServer {
  /** postgres://postgres@127.0.0.1:<port>/postgres */
  url: string;
  stop(): void;
}

export type RunStep = (cmd: string, args: string[], opts?: { stdio?: unknown; env?: Record<string, string> }) => void;

export function postgresBinDir(): string | null;
export function freePort(): Promise<number>;
export function startPostgres(opts?: { run?: RunStep }): Promise<PgServer>;
