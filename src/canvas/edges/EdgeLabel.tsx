import { EdgeTransferCost } from './EdgeTransferCost';
import { measureTextPx } from '../../charts';

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
/** Width of the halo round the cost's letters, and the padding of the label's box, canvas pixels. */
const haloPx = 3;
const boxPaddingPx = { x: 4, y: 2 };

/**
 * An edge's label: a `<text>` on a box in the canvas colour, sized from the text's measured width (no
 * group, transform or layout read of its own: hundreds of edges draw it), its transfer cost on the line below.
 */
export function EdgeLabel({ id, text, at, scale, onHover }: EdgeLabelProps) {
  return (
    <>
      {text && (
        <>
          <rect
            className="edge-label-box"
            x={at.x - measureTextPx(text, labelFontPx * scale) / 2 - boxPaddingPx.x * scale}
            y={at.y - (labelFontPx / 2 + boxPaddingPx.y + 1) * scale}
            width={measureTextPx(text, labelFontPx * scale) + 2 * boxPaddingPx.x * scale}
            height={(labelFontPx + 2 * boxPaddingPx.y + 2) * scale}
            rx={4 * scale}
          />
          <text className={onHover ? 'edge-label edge-label--on-hover' : 'edge-label'} x={at.x} y={at.y} fontSize={labelFontPx * scale} data-testid={`canvas.edge.${id}.label`}>
            {text}
          </text>
        </>
      )}
      <EdgeTransferCost id={id} x={at.x} y={at.y + costLineOffsetPx * scale} fontPx={costFontPx * scale} haloPx={haloPx * scale} />
    </>
  );
}
