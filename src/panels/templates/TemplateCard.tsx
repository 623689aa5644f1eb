import { ScenarioThumbnail } from '../compare/ScenarioThumbnail';
import type { TemplateEntry } from './templateCatalog';

interface TemplateCardProps {
  entry: TemplateEntry;
  /** While choosing the second template of a comparison: the first one's name, else null. */
  comparingWith: string | null;
  suggested: boolean;
  onOpen: () => void;
  onCompare: () => void;
}

function facts(entry: TemplateEntry): string {
  const { scenario } = entry;
  const regions = scenario.groups.filter((g) => g.kind === 'region').length;
  const zones = scenario.groups.filter((g) => g.kind === 'zone').length;
  return `${scenario.components.length} components · ${regions} region${regions === 1 ? '' : 's'} · ${zones} zone${zones === 1 ? '' : 's'} · ${scenario.workload.requestsPerSecond} req/s`;
}

/** One template in the gallery: its name, when to use it, its size, and what can be done with it. */
export function TemplateCard({ entry, comparingWith, suggested, onOpen, onCompare }: TemplateCardProps) {
  const { id, name, description } = entry.scenario;
  return (
    <li className={`template-card${suggested ? ' template-card--suggested' : ''}`} data-testid={`templates.card.${id}`}>
      <ScenarioThumbnail scenario={entry.scenario} diff={null} testId={`templates.thumbnail.${id}`} />
      <h3 className="template-card__name">
        {name}
        {suggested && <span className="template-card__tag">its counterpart</span>}
      </h3>
      <p className="template-card__description">{description}</p>
      <p className="template-card__facts">{facts(entry)}</p>
      <div className="template-card__actions">
        {comparingWith === null ? (
          <>
            <button type="button" className="button" data-testid={`templates.open.${id}`} onClick={onOpen}>
              Open
            </button>
            <button type="button" className="button button--ghost" data-testid={`templates.compare.${id}`} onClick={onCompare}>
              Compare with…
            </button>
          </>
        ) : (
          <button type="button" className="button button--primary" data-testid={`templates.pick.${id}`} onClick={onCompare} title={`Compare ${comparingWith} with ${name}`}>
            Compare with this
          </button>
        )}
      </div>
    </li>
  );
}
