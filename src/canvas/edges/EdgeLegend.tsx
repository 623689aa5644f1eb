import { edgeKinds } from '../../model';
import { edgeAppearance } from './edgeAppearance';
import { EdgeSample } from './EdgeSample';

/** What the three edge styles mean. */
export function EdgeLegend() {
  return (
    <dl className="edge-legend" data-testid="canvas.legend">
      {edgeKinds.map((kind) => (
        <div key={kind} className="edge-legend__row" title={edgeAppearance[kind].description}>
          <dt>
            <EdgeSample kind={kind} />
          </dt>
          <dd>{edgeAppearance[kind].label}</dd>
        </div>
      ))}
    </dl>
  );
}
