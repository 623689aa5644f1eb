import { useMemo } from 'react';
import { absolutePosition, nodeSize } from '../../commands';
import type { Scenario } from '../../model';
import type { ScenarioDiff } from './scenarioDiff';
import './thumbnail.css';

interface ScenarioThumbnailProps {
  scenario: Scenario;
  /** Null for the baseline itself. */
  diff: ScenarioDiff | null;
  testId: string;
}

const margin = 40;

function cardState(diff: ScenarioDiff | null, id: string): string {
  if (diff?.added.has(id)) return 'added';
  if (diff?.changed.has(id)) return 'changed';
  return 'same';
}

/** A small, static drawing of a scenario's canvas: group frames, cards and calls, with what differs from the baseline coloured. */
export function ScenarioThumbnail({ scenario, diff, testId }: ScenarioThumbnailProps) {
  const drawing = useMemo(() => {
    const box = (id: string) => ({ ...absolutePosition(scenario, id), ...nodeSize(scenario, id) });
    const groups = scenario.groups.map((group) => ({ id: group.id, kind: group.kind, ...box(group.id) }));
    const cards = [...scenario.clients.map((c) => ({ id: c.id, name: c.name })), ...scenario.components.map((c) => ({ id: c.id, name: c.name }))].map((card) => ({ ...card, ...box(card.id) }));
    const centre = new Map(cards.map((card) => [card.id, { x: card.x + card.width / 2, y: card.y + card.height / 2 }]));
    const all = [...groups, ...cards];
    const minX = Math.min(...all.map((b) => b.x)) - margin;
    const minY = Math.min(...all.map((b) => b.y)) - margin;
    const width = Math.max(...all.map((b) => b.x + b.width)) - minX + margin;
    const height = Math.max(...all.map((b) => b.y + b.height)) - minY + margin;
    return { groups, cards, centre, viewBox: `${minX} ${minY} ${width} ${height}` };
  }, [scenario]);

  return (
    <svg className="thumbnail" viewBox={drawing.viewBox} role="img" aria-label={`Canvas of ${scenario.name}`} data-testid={testId}>
      {drawing.groups.map((g) => (
        <rect key={g.id} className={`thumbnail__group thumbnail__group--${g.kind} thumbnail--${cardState(diff, g.id)}`} x={g.x} y={g.y} width={g.width} height={g.height} rx={12} />
      ))}
      {scenario.edges.map((edge) => {
        const from = drawing.centre.get(edge.from);
        const to = drawing.centre.get(edge.to);
        return from && to ? <line key={edge.id} className={`thumbnail__edge thumbnail__edge--${edge.kind} thumbnail--${cardState(diff, edge.id)}`} x1={from.x} y1={from.y} x2={to.x} y2={to.y} /> : null;
      })}
      {drawing.cards.map((card) => (
        <g key={card.id} className={`thumbnail__card thumbnail--${cardState(diff, card.id)}`} data-diff={cardState(diff, card.id)}>
          <rect x={card.x} y={card.y} width={card.width} height={card.height} rx={10} />
          <text x={card.x + card.width / 2} y={card.y + card.height / 2 + 9}>
            {card.name.length > 14 ? `${card.name.slice(0, 13)}…` : card.name}
          </text>
        </g>
      ))}
    </svg>
  );
}
