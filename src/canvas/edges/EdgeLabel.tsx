import { EdgeTransferCost } from './EdgeTransferCost';

interface EdgeLabelProps {
  id: string;
  /** Kind, traffic and problem mark (`edgeLabelText`); empty draws the transfer cost alone. */
  text: string | undefined;
  at: { x: number; y: number };
  /** How much larger than the canvas font the label is drawn (`labelScaleAt`). */
  scale: number;
  /** Drawn for a hover or a selection only: its edge had no room for it. */
  onHover: boolean;
}

/** Canvas fonts of the label and of its transfer cost, and how far below the label the cost's line sits, pixels. */
const labelFontPx = 11;
const costFontPx = 10.5;
const costLineOffsetPx = 15;

/**
 * An edge's label: one `<text>` with a halo in the canvas colour (no background box, no transform of
 * its own, hundreds of edges draw it), its transfer cost on the line below.
 */
export function EdgeLabel({ id, text, at, scale, onHover }: EdgeLabelProps) {
  return (
    <>
      {text && (
        <text className={onHover ? 'edge-label edge-label--on-hover' : 'edge-label'} x={at.x} y={at.y} fontSize={labelFontPx * scale} data-testid={`canvas.edge.${id}.label`}>
          {text}
        </text>
      )}
      <EdgeTransferCost id={id} x={at.x} y={at.y + costLineOffsetPx * scale} fontPx={costFontPx * scale} />
    </>
  );
}
