import { describe, expect, it } from 'vitest';
import { evaluate } from '../engine';
import { createExampleScenario } from '../model';
import { reportMarkdown } from './reportMarkdown';
import { reportFixture } from './test/reportFixture';

describe('reportMarkdown', () => {
  const markdown = reportMarkdown(reportFixture(), { rtoSec: 900, rpoSec: 60 });

  it('titles the document with the scenario, escaping its name so that it renders as text', () => {
    expect(markdown.split('\n')[0]).toBe('# =cmd\\|"calc" \\<b\\>\\*Shop\\*\\</b\\> \\| v2');
    expect(markdown).toContain('Meridian report for scenario shop.');
    expect(markdown).not.toContain('<b>');
  });

  it('writes one ## section per part of the report, in reading order', () => {
    const headings = markdown.split('\n').filter((line) => line.startsWith('## '));
    expect(headings).toEqual(['## Latency (ms)', '## Capacity', '## Availability', '## Recovery (targets: RTO ≤ 900 s, RPO ≤ 60 s)', '## Cost', '## Tradeoffs', '## Warnings']);
  });

  it('writes the same figures as the terminal report, as Markdown tables', () => {
    expect(markdown).toContain('| population | p50 | p95 | p99 | mean |\n| --- | --- | --- | --- | --- |\n| overall | 40.0 | 113.2 | 125.8 | 48.0 |');
    expect(markdown).toContain('| users-us | saturated | saturated | saturated | saturated |');
    expect(markdown).toContain('**sustains 2400 requests/s; bottleneck app**');
    expect(markdown).toContain('**99.9215 % (3.11 nines, U = 7.849e-4), 34.38 min/month down**');
    expect(markdown).toContain('| corruption | db | no | 1800 | 0.25 | FAIL |');
    expect(markdown).toContain('**$4518.13 / month, ∞ per million requests**');
  });

  it('escapes link and HTML syntax in warnings', () => {
    expect(markdown).toContain('- Calls loop: "a" → "b" → \\[a\\](javascript:x)');
  });

  it('reports a real evaluation: every section present, no NaN, ending with a newline', () => {
    const text = reportMarkdown(evaluate(createExampleScenario()));
    expect(text.startsWith('# Three-tier web app, two zones\n')).toBe(true);
    expect(text).toContain('## Recovery\n');
    expect(text).toMatch(/\| users-eu \| \d+\.\d \|/);
    expect(text).not.toMatch(/NaN|undefined/);
    expect(text.endsWith('\n')).toBe(true);
  });
});
