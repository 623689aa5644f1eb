import { edgeKinds } from '../../model';
import { useMeridianStore } from '../../store';
import { edgeAppearance } from './edgeAppearance';
import { EdgeSample } from './EdgeSample';

/** Chooses the kind of edge that dragging from a handle draws. */
export function EdgeKindToggle() {
  const kind = useMeridianStore((state) => state.newEdgeKind);
  const setKind = useMeridianStore((state) => state.setNewEdgeKind);
  return (
    <div className="edge-toggle" role="group" aria-label="Kind of new connections">
      <span className="edge-toggle__label">Connect as</span>
      {edgeKinds.map((option) => (
        <button
          key={option}
          type="button"
          className="edge-toggle__option"
          aria-pressed={option === kind}
          title={edgeAppearance[option].description}
          onClick={() => setKind(option)}
          data-testid={`canvas.edge-kind.${option}`}
        >
          <EdgeSample kind={option} />
          {edgeAppearance[option].label}
        </button>
      ))}
    </div>
  );
}
