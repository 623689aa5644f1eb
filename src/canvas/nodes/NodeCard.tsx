import { Handle, Position } from '@xyflow/react';
import type { ReactNode } from 'react';
import type { ComponentSimulationState } from '../../engine';
import { cardIconVariable, type CardIconKey } from './useCardIconImages';
import type { NodeFamily } from './nodeIcons';
import './chaosStates.css';

interface NodeCardProps {
  id: string;
  family: NodeFamily;
  /** Which icon the card shows (`useCardIconImages`). */
  icon: CardIconKey;
  name: string;
  detail: string;
  selected: boolean;
  /** Whether other nodes may connect to this one (users only send). */
  acceptsConnections: boolean;
  /** Live figures pinned to the card's top edge. */
  badges?: ReactNode;
  /** Drawn in red: saturated. */
  alarm?: boolean;
  /** What a chaos run shows on the node (down, failing over, degraded, saturated). */
  chaos?: ComponentSimulationState | null;
}

/**
 * The card every component and client population is drawn as: icon, name and its key parameter.
 * Kept to a few elements (a design has hundreds of cards): the icon is an image painted in its tile,
 * and the name and detail sit straight in the card's grid.
 */
export function NodeCard({ id, family, icon, name, detail, selected, acceptsConnections, badges, alarm = false, chaos = null }: NodeCardProps) {
  return (
    <div
      className={`node-card node-card--${family}${selected ? ' is-selected' : ''}${alarm ? ' is-alarm' : ''}${chaos ? ` is-chaos-${chaos}` : ''}`}
      data-testid={`canvas.node.${id}`}
      data-chaos-state={chaos ?? undefined}
      title={`${name} — ${detail}${chaos ? ` (${chaos === 'failingOver' ? 'failing over' : chaos})` : ''}`}
    >
      {badges}
      {acceptsConnections && <Handle type="target" position={Position.Left} className="node-handle" data-testid={`canvas.node.${id}.target`} />}
      <span className="node-card__icon" style={{ backgroundImage: cardIconVariable(icon) }} aria-hidden />
      <span className="node-card__name">{name}</span>
      <span className="node-card__detail">{detail}</span>
      <Handle type="source" position={Position.Right} className="node-handle" data-testid={`canvas.node.${id}.source`} />
    </div>
  );
}
