import { BarList, formatPercent, formatRps, loadLevel, loadLevelColours } from '../../../charts';
import type { CapacityReport } from '../../../engine';
import { DashboardSection } from '../DashboardSection';

interface UtilizationSectionProps {
  capacity: CapacityReport;
  nameOf: (id: string) => string;
}

/** A full bar is a little past saturation, so an overload still shows how far over it is. */
const scaleMax = 1.2;

/** How busy each component is at average load, busiest first; the dashed line is saturation. */
export function UtilizationSection({ capacity, nameOf }: UtilizationSectionProps) {
  const rows = Object.entries(capacity.utilization)
    .sort(([, a], [, b]) => b - a)
    .map(([id, utilization]) => {
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
    </DashboardSection>
  );
}
