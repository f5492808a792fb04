import type { Database } from '../../db/types';
import type { Logger } from './logger';
import type { ContentSecurity, FileStore, MessageSender, PaymentProvider, ShareCodeProvider } from './ports';

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** What every action may use: the database, the time, a logger. Built once per process. */
export interface Deps {
  db: Database;
  clock: Clock;
  log: Logger;
  payments: PaymentProvider;
  sender: MessageSender;
  codes: ShareCodeProvider;
  /** WeChat's content security checks (msgSecCheck, mediaCheckAsync), or the local stand-in */
  content: ContentSecurity;
  /** files for their owner to download (CSV exports): cloud storage, or the host's uploads folder */
  files: FileStore;
}

/** Who is calling. `openId` comes from WeChat (or the dev identity locally), never from the event. */
export interface Caller {
  openId: string | null;
}

export interface ActionContext extends Deps {
  caller: Caller;
  requestId: string;
}

export interface AuthedContext extends ActionContext {
  caller: { openId: string };
}
