import { Tooltip, usePlotArea, type TooltipContentProps } from 'recharts';
import { ChartTooltip, type TooltipReadout } from './ChartTooltip';

/** What recharts hands a tooltip: the hovered x (`label`) and an entry per series at it. */
export type HoveredEntries = Pick<TooltipContentProps, 'label' | 'payload'>;

interface AbovePlotTooltipProps {
  /** The readout for what is hovered, or null to show none. */
  readout: (hovered: HoveredEntries) => TooltipReadout | null;
}

/**
 * recharts' tooltip as a `ChartTooltip` whose bottom edge sits on the plot area's top (it follows the
 * cursor across, clamped to the chart's width), so that it covers the title or legend above the
 * plot while it is shown, never a curve or a mark. Must be a child of a recharts chart.
 */
export function AbovePlotTooltip({ readout }: AbovePlotTooltipProps) {
  const plot = usePlotArea();
  return (
    <Tooltip
      position={{ y: plot?.y ?? 0 }}
      allowEscapeViewBox={{ x: false, y: true }}
      isAnimationActive={false}
      wrapperStyle={{ zIndex: 3 }}
      content={({ active, label, payload }) => {
        const shown = active ? readout({ label, payload }) : null;
        return shown && <ChartTooltip heading={shown.heading} rows={shown.rows} />;
      }}
    />
  );
}
