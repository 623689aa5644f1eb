import { BarList, formatUsd } from '../../../charts';
import type { CostReport } from '../../../engine';
import { DashboardSection } from '../DashboardSection';

interface CostSectionProps {
  cost: CostReport;
  categoryName: (category: string) => string;
}

/** Where the monthly bill goes, largest category first. */
export function CostSection({ cost, categoryName }: CostSectionProps) {
  const rows = Object.entries(cost.byCategory)
    .filter(([, usd]) => usd > 0)
    .sort(([, a], [, b]) => b - a)
    .map(([category, usd]) => ({ id: category, label: categoryName(category), value: usd, valueText: formatUsd(usd), testId: `results.cost.${category}` }));
  return (
    <DashboardSection title="Cost by category" hint="USD / month" testId="results.chart.cost">
      <BarList rows={rows} label="Monthly cost per category" />
    </DashboardSection>
  );
}
