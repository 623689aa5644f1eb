import type { ReactNode } from 'react';

interface DashboardSectionProps {
  title: string;
  /** Unit or scale note shown beside the title. */
  hint?: string;
  testId: string;
  children: ReactNode;
}

/** A titled block of the dashboard. */
export function DashboardSection({ title, hint, testId, children }: DashboardSectionProps) {
  return (
    <section className="dashboard__section" data-testid={testId}>
      <h3 className="dashboard__title">
        {title}
        {hint && <span className="dashboard__hint">{hint}</span>}
      </h3>
      {children}
    </section>
  );
}
