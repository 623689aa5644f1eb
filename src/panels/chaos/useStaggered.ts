import { useEffect, useRef, useState } from 'react';

/**
 * `value`, shown `delayMs` after it changes (the latest value when several arrive meanwhile). Charts that
 * each take their own delay redraw in separate tasks, so no single task redraws them all (the page never
 * stalls behind a run's updates).
 */
export function useStaggered<T>(value: T, delayMs: number): T {
  const [shown, setShown] = useState(value);
  const latest = useRef(value);
  const pending = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => {
    latest.current = value;
    pending.current ??= setTimeout(() => {
      pending.current = null;
      setShown(latest.current);
    }, delayMs);
  }, [value, delayMs]);
  useEffect(
    () => () => {
      if (pending.current !== null) clearTimeout(pending.current);
      pending.current = null;
    },
    [],
  );
  return shown;
}
