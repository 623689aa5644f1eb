import { describe, expect, it } from 'vitest';
import { canvasImageFrame } from './canvasImageFrame';

describe('canvasImageFrame', () => {
  it('frames a small drawing at 1:1 with a 40 px margin', () => {
    expect(canvasImageFrame({ x: 100, y: -50, width: 600, height: 300 })).toEqual({ width: 680, height: 380, transform: 'translate(-60px, 90px) scale(1)' });
  });

  it('scales a drawing down so that its longest side fits in 4096 px, keeping the aspect ratio', () => {
    const frame = canvasImageFrame({ x: 0, y: 0, width: 8112, height: 1960 });
    expect(frame.width).toBe(4096);
    expect(frame.height).toBe(1020);
    expect(frame.transform).toBe('translate(20px, 20px) scale(0.5)');
  });

  it('gives an empty canvas a small blank image rather than a zero-sized one', () => {
    expect(canvasImageFrame({ x: 0, y: 0, width: 0, height: 0 })).toMatchObject({ width: 80, height: 80 });
  });
});
