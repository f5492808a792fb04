import { useEffect, useState } from 'react';
import { remaining } from './format';

/** ["mm", "ss"] left until `iso`, ticking each second; null once it has passed (or without a time). */
export function useCountdown(iso: string | null): [string, string] | null {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!iso) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [iso]);
  return iso ? remaining(iso, now) : null;
}
