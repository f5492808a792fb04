/** One JSON line per event, always carrying the request id, so a user's report can be traced. */
export interface Logger {
  info(msg: string, extra?: Record<string, unknown>): void;
  error(msg: string, extra?: Record<string, unknown>): void;
  child(bindings: Record<string, unknown>): Logger;
}

export type LogSink = (line: string) => void;

export function createLogger(bindings: Record<string, unknown> = {}, sink: LogSink = (l) => process.stdout.write(l + '\n')): Logger {
  const write = (level: string, msg: string, extra?: Record<string, unknown>) =>
    sink(JSON.stringify({ time: new Date().toISOString(), level, msg, ...bindings, ...extra }));
  return {
    info: (msg, extra) => write('info', msg, extra),
    error: (msg, extra) => write('error', msg, extra),
    child: (more) => createLogger({ ...bindings, ...more }, sink),
  };
}

export const silentLogger: Logger = {
  info: () => undefined,
  error: () => undefined,
  child: () => silentLogger,
};
