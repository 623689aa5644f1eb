import { Check, X } from 'lucide-react';
import type { Headline } from './headlines';

interface HeadlineCardProps {
  headline: Headline;
  onExplain: (headline: Headline) => void;
}

/** A headline figure; a button that opens its breakdown when the engine explains it. */
export function HeadlineCard({ headline, onExplain }: HeadlineCardProps) {
  const { label, value, unit, detail, tone, exact, verdict, testId, explain } = headline;
  const body = (
    <>
      <span className="headline__label">{label}</span>
      <span className="headline__value" data-testid={`${testId}.value`}>
        {value}
        {unit && <span className="headline__unit"> {unit}</span>}
      </span>
      <span className="headline__detail">
        {verdict && (
          <span className={`headline__verdict headline__verdict--${verdict}`} data-testid={`${testId}.verdict`}>
            {verdict === 'pass' ? <Check size={11} aria-hidden /> : <X size={11} aria-hidden />}
            {verdict}
          </span>
        )}
        {detail}
      </span>
    </>
  );
  const className = `headline headline--${tone}`;
  return explain ? (
    <button type="button" className={className} title={`${exact} — click for the breakdown`} data-testid={testId} onClick={() => onExplain(headline)}>
      {body}
    </button>
  ) : (
    <div className={className} title={exact} data-testid={testId}>
      {body}
    </div>
  );
}
