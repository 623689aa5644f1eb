import { describe, expect, it } from 'vitest';
import { evaluate } from '../engine';
import { createExampleScenario } from '../model';
import { reportMarkdown } from './reportMarkdown';
import { fixtureNames, reportFixture } from './test/reportFixture';

describe('reportMarkdown', () => {
  const markdown = reportMarkdown(reportFixture(), fixtureNames);

  it('titles the document with the scenario, escaping its name so that it renders as text', () => {
    expect(markdown.split('\n')[0]).toBe('# =cmd\\|"calc" \\<b\\>\\*Shop\\*\\</b\\> \\| v2');
    expect(markdown).not.toContain('<b>');
  });

  it('writes one ## section per part of the report, in reading order', () => {
    const headings = markdown.split('\n').filter((line) => line.startsWith('## '));
    expect(headings).toEqual(['## Latency (ms)', '## Capacity', '## Availability', '## Recovery (targets: RTO ≤ 900 s, RPO ≤ 60 s)', '## Cost', '## Tradeoffs', '## Warnings']);
  });

  it('writes the same figures as the terminal report, as Markdown tables, naming elements by name', () => {
    expect(markdown).toContain('| population | p50 | p95 | p99 | mean |\n| --- | --- | --- | --- | --- |\n| overall | 40.0 | 113.2 | 125.8 | 48.0 |');
    expect(markdown).toContain('| Users in US East | saturated | saturated | saturated | saturated |');
    expect(markdown).toContain('**sustains 2400 requests/s; bottleneck App servers**');
    expect(markdown).toContain('**99.9215 % (3.11 nines, U = 7.849e-4), 34.38 min/month down**');
    expect(markdown).toContain('| Corruption in Orders DB | no | 1800 | 0.25 | FAIL |');
    expect(markdown).toContain('| Compute | $630.72 |');
    expect(markdown).toContain('**$4518.13 / month, ∞ per million requests**');
  });

  it('leads availability with the weakest links by share of downtime, single points of failure marked by kind', () => {
    expect(markdown).toContain('| Application LB | 12.7 % | 1.000e-4 | managed service, 99.99 % SLA |\n| Orders DB | 3.2 % | 2.500e-5 | no |');
    expect(markdown).toContain('Single points of failure (1): Application LB (managed service, 99.99 % SLA, 12.7 % of downtime)');
  });

  it('escapes link and HTML syntax in warnings', () => {
    expect(markdown).toContain('- Calls loop: "a" → "b" → \\[a\\](javascript:x)');
  });

  it('reports a real evaluation: every section present, no ids where names exist, no NaN, ending with a newline', () => {
    const scenario = createExampleScenario();
    const text = reportMarkdown(evaluate(scenario), scenario);
    expect(text.startsWith('# Three-tier web app, two zones\n')).toBe(true);
    expect(text).toContain('## Recovery (targets:');
    expect(text).toMatch(/\| Users in Europe \| \d+\.\d \|/);
    for (const { id } of [...scenario.clients, ...scenario.components]) expect(text).not.toMatch(new RegExp(`\\| ${id} \\|`));
    expect(text).not.toMatch(/NaN|undefined/);
    expect(text.endsWith('\n')).toBe(true);
  });

  it('says "not connected" for a population that reaches nothing, not 0 ms and 0.00 %', () => {
    const scenario = createExampleScenario();
    scenario.edges = scenario.edges.filter((edge) => edge.from !== 'users-us');
    const text = reportMarkdown(evaluate(scenario), scenario);
    expect(text).toContain('| Users in US East | not connected |  |  |  |');
    expect(text).not.toContain('| Users in US East | 0.0 |');
    expect(text).not.toContain('| Users in US East | 0.00 % |');
  });
});
