import { Server } from 'lucide-react';
import { describe, expect, it } from 'vitest';
import { iconShapesMarkup } from '../diagram/iconNode';
import { cardIconImageUrl } from './cardIconImage';

describe('cardIconImageUrl', () => {
  it("is a CSS image of the icon's own shapes, stroked in the colour given", () => {
    const url = cardIconImageUrl(Server, '#0f9d8a');
    expect(url.startsWith('url("data:image/svg+xml,')).toBe(true);
    const svg = decodeURIComponent(url.slice('url("data:image/svg+xml,'.length, -'")'.length));
    expect(svg).toContain('stroke="#0f9d8a"');
    expect(svg).toContain('viewBox="0 0 24 24"');
    expect(svg).toContain(iconShapesMarkup(Server));
    // Encoded: no double quote is left to end the CSS url("…") early.
    expect(url.slice('url("'.length, -'")'.length)).not.toContain('"');
  });
});
