import { create } from 'zustand';
import { readDevIdentity, writeDevIdentity } from '../dev/identity';
import { reloadPage } from '../dev/reload';

export type DevMode = 'unknown' | 'on' | 'off';

interface SessionState {
  /** who the local host thinks we are (H5 dev identity); null = anonymous or not applicable */
  devIdentity: string | null;
  /** whether the host we talk to runs in dev mode (asked once, from /api/health) */
  devMode: DevMode;
  setDevMode: (mode: DevMode) => void;
  /** re-reads the cookie (after `?as=` was applied at app start) */
  syncDevIdentity: () => void;
  /** sets or clears the dev identity cookie, then reloads so every page asks again as the new caller */
  switchDevIdentity: (id: string | null) => void;
}

export const useSession = create<SessionState>()((set) => ({
  devIdentity: readDevIdentity(),
  devMode: 'unknown',
  setDevMode: (devMode) => set({ devMode }),
  syncDevIdentity: () => set({ devIdentity: readDevIdentity() }),
  switchDevIdentity: (id) => {
    writeDevIdentity(id);
    set({ devIdentity: readDevIdentity() });
    reloadPage();
  },
}));
