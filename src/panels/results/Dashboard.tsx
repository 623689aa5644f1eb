import { TriangleAlert } from 'lucide-react';
import { memo } from 'react';
import type { Report } from '../../engine';
import { useMeridianStore } from '../../store';
import type { ExplainTarget } from './explain/breakdown';
import { HeadlineCard } from './HeadlineCard';
import { headlines } from './headlines';
import type { ResultLabels } from './resultLabels';
import { CostSection } from './sections/CostSection';
import { LatencySection } from './sections/LatencySection';
import { RecoverySection } from './sections/RecoverySection';
import { UtilizationSection } from './sections/UtilizationSection';

interface DashboardProps {
  report: Report;
  labels: ResultLabels;
  onExplain: (target: ExplainTarget) => void;
}

/** Every figure of one report: headline cards, then the charts behind them. Re-renders only for a new report, not for a status change. */
export const Dashboard = memo(function Dashboard({ report, labels, onExplain }: DashboardProps) {
  const offeredRps = useMeridianStore((state) => state.scenario.workload.requestsPerSecond);
  return (
    <div className="dashboard" data-testid="results.dashboard">
      <div className="dashboard__cards">
        {headlines(report, labels, offeredRps).map((headline) => (
          <HeadlineCard key={headline.key} headline={headline} onExplain={({ explain }) => explain && onExplain(explain)} />
        ))}
      </div>
      {report.warnings.length > 0 && (
        <ul className="dashboard__warnings" data-testid="results.warnings">
          {report.warnings.map((warning, index) => (
            <li key={index}>
              <TriangleAlert size={13} aria-hidden />
              <span>{warning.message}</span>
            </li>
          ))}
        </ul>
      )}
      <div className="dashboard__sections">
        <LatencySection latency={report.latency} nameOf={labels.nameOf} />
        <UtilizationSection capacity={report.capacity} nameOf={labels.nameOf} />
        <CostSection cost={report.cost} categoryName={labels.categoryName} />
        <RecoverySection recovery={report.recovery} labels={labels} />
      </div>
    </div>
  );
});
