import { useReactFlow, useStore, ViewportPortal } from '@xyflow/react';
import { useEffect } from 'react';
import { useTogether, type Person } from '../../collab';
import { useMeridianStore } from '../../store';
import './presence.css';

/** Pointer positions are sent at most this often: smooth enough to follow, far below the relay's rate limit. */
const cursorIntervalMs = 50;

/** Sends this browser's pointer, in canvas coordinates, while it is over the canvas. */
function useSharedCursor(active: boolean) {
  const { screenToFlowPosition } = useReactFlow();
  useEffect(() => {
    if (!active) return;
    let lastSentMs = -Infinity;
    const onPointerMove = (event: PointerEvent) => {
      if (event.timeStamp - lastSentMs < cursorIntervalMs) return;
      lastSentMs = event.timeStamp;
      const overCanvas = event.target instanceof Element && event.target.closest('.react-flow') !== null;
      useTogether.getState().setCursor(overCanvas ? screenToFlowPosition({ x: event.clientX, y: event.clientY }) : null);
    };
    window.addEventListener('pointermove', onPointerMove);
    return () => {
      window.removeEventListener('pointermove', onPointerMove);
      useTogether.getState().setCursor(null);
    };
  }, [active, screenToFlowPosition]);
}

/** The outline of every node another person has selected, in their colour. */
function SelectionOutlines({ person }: { person: Person }) {
  // A string, so the selector's result compares equal while nothing moved (an array would be new each time).
  const boxes = useStore((state) =>
    person.selection
      .flatMap((id) => {
        const node = state.nodeLookup.get(id);
        if (!node) return [];
        const { x, y } = node.internals.positionAbsolute;
        return [[id, x, y, node.measured.width ?? 0, node.measured.height ?? 0].join(' ')];
      })
      .join('\n'),
  );
  return boxes
    .split('\n')
    .filter(Boolean)
    .map((box) => {
      const [id = '', x = 0, y = 0, width = 0, height = 0] = box.split(' ').map((part, index) => (index === 0 ? part : Number(part))) as [string, number, number, number, number];
      return <div key={id} className="presence-selection" style={{ transform: `translate(${x - 4}px, ${y - 4}px)`, width: width + 8, height: height + 8, borderColor: person.colour }} data-testid="presence.selection" />;
    });
}

/** The others' pointers and selections on the shared tab's canvas. */
export function PresenceLayer() {
  const sharedTabId = useTogether((state) => state.sharedTabId);
  const activeTabId = useMeridianStore((state) => state.activeTabId);
  const people = useTogether((state) => state.people);
  const shown = sharedTabId !== null && sharedTabId === activeTabId;
  useSharedCursor(shown);
  if (!shown) return null;
  const others = people.filter((person) => !person.isSelf);
  return (
    <ViewportPortal>
      {others.map((person) => (
        <div key={person.clientId}>
          <SelectionOutlines person={person} />
          {person.cursor && (
            <div className="presence-cursor" style={{ transform: `translate(${person.cursor.x}px, ${person.cursor.y}px)`, color: person.colour }} data-testid="presence.cursor">
              <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden>
                <path d="M1 1 L1 13 L4.5 9.5 L7 15 L9 14 L6.5 8.5 L11.5 8.5 Z" fill="currentColor" stroke="white" strokeWidth="1" />
              </svg>
              <span className="presence-cursor__name" style={{ backgroundColor: person.colour }}>
                {person.name}
              </span>
            </div>
          )}
        </div>
      ))}
    </ViewportPortal>
  );
}
