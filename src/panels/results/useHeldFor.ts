import { useEffect, useState } from 'react';

/**
 * Whether `active` has been true for `delayMs` without a break: an indicator for work that may be
 * slow then shows only when it is, and work that ends sooner changes nothing on screen.
 */
export function useHeldFor(active: boolean, delayMs: number): boolean {
  const [held, setHeld] = useState(false);
  useEffect(() => {
    if (!active) return undefined;
    const timer = setTimeout(() => setHeld(true), delayMs);
    return () => {
      clearTimeout(timer);
      setHeld(false);
    };
  }, [active, delayMs]);
  return active && held;
}
