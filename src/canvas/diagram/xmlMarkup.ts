const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '\n': '&#10;' };

/** Text made safe for XML content and attribute values (names are user text); a line break stays one in attributes. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"'\n]/g, (character) => entities[character] ?? character);
}

/** One element: `tag` with attributes (undefined ones left out) and optional inner markup. */
export function xmlElement(tag: string, attributes: Record<string, string | number | undefined>, inner?: string): string {
  const attributeText = Object.entries(attributes)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeXml(typeof value === 'number' ? round(value) : value)}"`)
    .join('');
  return inner === undefined ? `<${tag}${attributeText}/>` : `<${tag}${attributeText}>${inner}</${tag}>`;
}

/** Two decimals at most: coordinates finer than a hundredth of a pixel only cost bytes. */
export const round = (value: number) => String(Math.round(value * 100) / 100);

/**
 * A CSS colour as SVG 1.1 paint: `rgba(…)` (CSS 3, which SVG 1.1 readers such as older vector
 * editors refuse) becomes `rgb(…)` plus an opacity attribute.
 */
export function paint(colour: string, property: 'fill' | 'stroke'): Record<string, string> {
  const rgba = /^rgba\(\s*([\d.]+)\s*,\s*([\d.]+)\s*,\s*([\d.]+)\s*,\s*([\d.]+)\s*\)$/.exec(colour);
  if (!rgba) return { [property]: colour };
  return { [property]: `rgb(${rgba[1]},${rgba[2]},${rgba[3]})`, [`${property}-opacity`]: rgba[4] ?? '1' };
}

/** Rough width of text in the sans-serif UI font (average advance ≈ 0.55 em), for layout without a DOM. */
export const textWidthPx = (text: string, fontSizePx: number) => text.length * fontSizePx * 0.55;

/**
 * Splits `text` into at most `maxLines` lines of about `maxWidthPx`, at spaces where it can; the
 * last line ends in "…" when the text does not fit (the full text stays in the element's title).
 */
export function wrapText(text: string, maxWidthPx: number, fontSizePx: number, maxLines: number): { lines: string[]; whole: boolean } {
  const maxChars = Math.max(1, Math.floor(maxWidthPx / (fontSizePx * 0.55)));
  const lines: string[] = [];
  let rest = text.trim();
  while (rest.length > 0 && lines.length < maxLines) {
    if (rest.length <= maxChars) {
      lines.push(rest);
      rest = '';
      break;
    }
    const space = rest.lastIndexOf(' ', maxChars);
    const cut = space > maxChars / 3 ? space : maxChars;
    lines.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  if (rest.length > 0) lines[lines.length - 1] = `${(lines.at(-1) ?? '').slice(0, maxChars - 1).trimEnd()}…`;
  return { lines, whole: rest.length === 0 };
}
