import { useReactFlow, useStoreApi } from '@xyflow/react';
import { useCallback, type DragEvent } from 'react';
import { placeFromPalette } from '../placeFromPalette';
import { paletteMimeType, paletteSections, type PaletteKind } from './paletteItems';
import './palette.css';

/** The left column: everything that can be put on the canvas. Drag an item, or click it to add it in the middle of the view. */
export function Palette() {
  const { screenToFlowPosition } = useReactFlow();
  const flowStore = useStoreApi();

  const addAtCentre = useCallback(
    (kind: PaletteKind) => {
      const rect = flowStore.getState().domNode?.getBoundingClientRect();
      if (!rect) return;
      placeFromPalette(kind, screenToFlowPosition({ x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 }));
    },
    [flowStore, screenToFlowPosition],
  );

  const onDragStart = (event: DragEvent, kind: PaletteKind) => {
    event.dataTransfer.setData(paletteMimeType, kind);
    event.dataTransfer.effectAllowed = 'copy';
  };

  return (
    <nav className="palette" aria-label="Palette" data-testid="palette">
      <p className="palette__hint">Drag onto the canvas, or click to add</p>
      {paletteSections.map((section) => (
        <section key={section.title} className="palette__section">
          <h2 className="palette__title">{section.title}</h2>
          <ul className="palette__list">
            {section.items.map(({ kind, label, hint, icon: Icon, family }) => (
              <li key={kind}>
                <button
                  type="button"
                  className={`palette__item palette__item--${family}`}
                  draggable
                  onDragStart={(event) => onDragStart(event, kind)}
                  onClick={() => addAtCentre(kind)}
                  title={hint}
                  data-testid={`palette.item.${kind}`}
                >
                  <span className="palette__icon" aria-hidden>
                    <Icon size={16} />
                  </span>
                  <span className="palette__label">{label}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </nav>
  );
}
