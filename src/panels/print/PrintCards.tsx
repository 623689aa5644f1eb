import type { Headline } from '../results/headlines';

/** The dashboard's headline figures as printed cards: label, value, and the line that says what it means. */
export function PrintCards({ cards, testId }: { cards: readonly Headline[]; testId: string }) {
  return (
    <div className="print-page__cards">
      {cards.map((card) => (
        <div key={card.key} className={`print-card print-card--${card.tone}`} data-testid={`${testId}.card.${card.key}`}>
          <span className="print-card__label">{card.label}</span>
          <span className="print-card__value">
            {/* "2 h 3 m / 5 m" may break at the slash only, never inside a duration. */}
            {card.value.split(' / ').flatMap((part, i) => [
              ...(i > 0 ? [' / '] : []),
              <span key={i} className="print-card__part">
                {part}
              </span>,
            ])}
            {card.unit && <span className="print-card__unit"> {card.unit}</span>}
          </span>
          <span className="print-card__detail">
            {card.verdict && <strong className={`print-card__verdict print-card__verdict--${card.verdict}`}>{card.verdict} </strong>}
            {card.detail}
          </span>
        </div>
      ))}
    </div>
  );
}
