import { useState } from 'react';
import { BarList, formatPercent, formatRps, loadLevel, loadLevelColours } from '../../../charts';
import type { CapacityReport } from '../../../engine';
import { DashboardSection } from '../DashboardSection';

interface UtilizationSectionProps {
  capacity: CapacityReport;
  nameOf: (id: string) => string;
}

/** A full bar is a little past saturation, so an overload still shows how far over it is. */
const scaleMax = 1.2;

/**
 * Rows listed until asked for all: the busiest are the ones a person reads, and a thousand rows (six
 * thousand elements) made every edit's layout, paint and hit test of the whole page slower.
 */
const busiestShown = 12;

/** How busy each component is at average load, busiest first; the dashed line is saturation. */
export function UtilizationSection({ capacity, nameOf }: UtilizationSectionProps) {
  const [showAll, setShowAll] = useState(false);
  const busiest = Object.entries(capacity.utilization).sort(([, a], [, b]) => b - a);
  const rows = (showAll ? busiest : busiest.slice(0, busiestShown)).map(([id, utilization]) => {
    const load = capacity.loadRequestsPerSecond[id];
    return {
      id,
      label: nameOf(id),
      value: utilization,
      valueText: utilization >= 1 ? 'saturated' : formatPercent(utilization),
      colour: loadLevelColours[loadLevel(utilization)],
      ...(id === capacity.bottleneck ? { tag: 'bottleneck' } : {}),
      testId: `results.utilization.${id}`,
      ...(load === undefined ? {} : { title: `${formatPercent(utilization)} busy at ${formatRps(load)}` }),
    };
  });
  return (
    <DashboardSection title="Utilization at average load" hint="dashed = 100 %" testId="results.chart.utilization">
      <BarList rows={rows} scaleMax={scaleMax} marker={1} label="Utilization per component" />
      {busiest.length > busiestShown && (
        <button type="button" className="button button--ghost dashboard__more" onClick={() => setShowAll(!showAll)} aria-expanded={showAll} data-testid="results.utilization.more">
          {showAll ? `Show the ${busiestShown} busiest` : `Show all ${busiest.length} components`}
        </button>
      )}
    </DashboardSection>
  );
}
