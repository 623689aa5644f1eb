import { useMemo } from 'react';
import { parseScenario, type Scenario } from '../../model';

/** A design as a student sent it, through `parseScenario` (the same door as an import); null when absent or invalid. */
export function useParsedDesign(designJson: string | null): Scenario | null {
  return useMemo(() => {
    if (designJson === null) return null;
    const parsed = parseScenario(designJson);
    return parsed.ok ? parsed.scenario : null;
  }, [designJson]);
}
