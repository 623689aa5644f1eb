import { describe, expect, it } from 'vitest';
import { formatCsv, formatMarkdownTable } from './table';

describe('formatMarkdownTable', () => {
  it('writes a header, a rule and one line per row', () => {
    expect(formatMarkdownTable(['population', 'p99'], [['eu', '120.5'], ['us', '80.0']])).toBe(
      ['| population | p99 |', '| --- | --- |', '| eu | 120.5 |', '| us | 80.0 |'].join('\n'),
    );
  });

  it('keeps user text inside its cell: pipes and backslashes escaped, line breaks folded', () => {
    expect(formatMarkdownTable(['name'], [['a | b'], ['c\\d'], ['two\nlines']])).toBe(
      ['| name |', '| --- |', '| a \\| b |', '| c\\\\d |', '| two lines |'].join('\n'),
    );
  });

  it('pads short rows and drops cells beyond the header', () => {
    expect(formatMarkdownTable(['a', 'b'], [['1'], ['1', '2', '3']])).toBe(['| a | b |', '| --- | --- |', '| 1 |  |', '| 1 | 2 |'].join('\n'));
  });
});

describe('formatCsv', () => {
  it('ends every record with CRLF and leaves plain fields bare', () => {
    expect(formatCsv(['section', 'value'], [['latency', '12.5']])).toBe('section,value\r\nlatency,12.5\r\n');
  });

  it('quotes fields with commas, quotes or line breaks and doubles the quotes (RFC 4180)', () => {
    expect(formatCsv(['text'], [['a,b'], ['say "hi"'], ['x\ny'], ['x\ry']])).toBe('text\r\n"a,b"\r\n"say ""hi"""\r\n"x\ny"\r\n"x\ry"\r\n');
  });

  it('writes every row as wide as the header', () => {
    expect(formatCsv(['a', 'b', 'c'], [['1']])).toBe('a,b,c\r\n1,,\r\n');
  });
});
