/** The computed properties that decide how SVG content looks; copied inline onto a styled copy. */
const svgPaintProperties = [
  'display', 'visibility', 'opacity', 'color',
  'fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-opacity', 'stroke-dasharray', 'stroke-dashoffset', 'stroke-linecap', 'stroke-linejoin',
  'paint-order', 'font-family', 'font-size', 'font-weight', 'font-variant-numeric', 'text-anchor', 'dominant-baseline', 'text-decoration',
];

function inlinePaint(source: Element, copy: Element): void {
  if (source instanceof SVGElement && copy instanceof SVGElement) {
    const computed = getComputedStyle(source);
    for (const name of svgPaintProperties) copy.style.setProperty(name, computed.getPropertyValue(name));
  }
  const copies = copy.children;
  Array.from(source.children).forEach((child, i) => {
    const childCopy = copies[i];
    if (childCopy) inlinePaint(child, childCopy);
  });
}

/**
 * Works around html-to-image 1.11 cloning each `<svg>` as it is, without the stylesheet rules that
 * paint its children (xyflow#5194: edges vanish, edge labels turn black). For the length of
 * `capture`, each outermost `<svg>` under `root` gets a twin with its paint inlined, right after it;
 * the `skip` filter handed to `capture` leaves the originals out. The twins are then removed, and the
 * originals (React's) are never touched.
 */
export async function withStyledSvgCopies<T>(root: HTMLElement, capture: (skip: (node: Node) => boolean) => Promise<T>): Promise<T> {
  const originals = Array.from(root.querySelectorAll('svg')).filter((svg) => !svg.parentElement?.closest('svg'));
  const twins = originals.map((svg) => {
    const twin = svg.cloneNode(true) as SVGSVGElement;
    inlinePaint(svg, twin);
    twin.setAttribute('aria-hidden', 'true');
    svg.after(twin);
    return twin;
  });
  const skipped = new Set<Node>(originals);
  try {
    return await capture((node) => !skipped.has(node));
  } finally {
    twins.forEach((twin) => twin.remove());
  }
}
