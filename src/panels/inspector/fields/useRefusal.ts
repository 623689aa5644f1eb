import { useCallback, useState } from 'react';
import { refusalForField } from './fieldValue';

/**
 * The model's last refusal of a field's value, worded for that field. `report(null)` clears it;
 * returns whether the value was accepted.
 */
export function useRefusal(path: readonly string[]): [string | null, (reason: string | null) => boolean] {
  const [refusal, setRefusal] = useState<string | null>(null);
  const key = path.join('.');
  const report = useCallback(
    (reason: string | null) => {
      setRefusal(reason === null ? null : refusalForField(reason, key.split('.')));
      return reason === null;
    },
    [key],
  );
  return [refusal, report];
}
