import { describe, expect, it } from 'vitest';
import { limitLineNesting, maxLineDepth } from './boundedNesting';

describe('limitLineNesting', () => {
  it(`keeps ${maxLineDepth} quote or list levels on a line, three emphasis markers, and the text after them`, () => {
    expect(limitLineNesting('> > - quoted item')).toBe('> > - quoted item');
    expect(limitLineNesting(`${'>'.repeat(20)} words`)).toBe(`${'>'.repeat(maxLineDepth)}words`);
    expect(limitLineNesting('-1 is not a list, *emphasis* is not either')).toBe('-1 is not a list, *emphasis* is not either');
    expect(limitLineNesting('******bold italic******, ***kept***')).toBe('***bold italic***, ***kept***');
  });
});
