import { describe, expect, it } from 'vitest';
import { compareTradeoffs, evaluate } from '../../engine';
import { createExampleScenario } from '../../model';
import { comparisonCsv, comparisonMarkdown } from './comparisonTable';

describe('comparison export', () => {
  const example = createExampleScenario();
  const bigger = { ...example, name: 'Bigger, "six" app servers', components: example.components.map((c) => (c.kind === 'compute' ? { ...c, instances: 6 } : c)) };
  const reports = [evaluate(example), evaluate(bigger)];
  const input = { documents: [example, bigger], concerns: compareTradeoffs(reports, 0), baselineIndex: 0 };

  it('Markdown: one line per figure, units and signed differences, the winner on the concern’s line', () => {
    const lines = comparisonMarkdown(input).split('\n');
    expect(lines[0]).toBe('| Concern | Figure | Three-tier web app, two zones (baseline) | Bigger, "six" app servers | Best |');
    const extra = (reports[1]?.cost.monthlyUsd ?? 0) - (reports[0]?.cost.monthlyUsd ?? 0);
    // Six instances instead of three in each zone: 6 more m6i.large at eu-west-1's $0.107/h × 730 h = $468.66.
    expect(extra).toBeCloseTo(468.66, 6);
    expect(lines).toContain(`| Cost | Cost per month | $4,620 | $5,089 (+$469) | Three-tier web app, two zones |`);
  });

  it('CSV: raw engine values, RFC 4180 quoting of names', () => {
    const csv = comparisonCsv(input);
    expect(csv.split('\r\n')[0]).toBe('Concern,Figure,"Three-tier web app, two zones (baseline)","Bigger, ""six"" app servers",Best');
    expect(csv).toContain(`\r\ncost,monthlyUsd,${reports[0]?.cost.monthlyUsd},${reports[1]?.cost.monthlyUsd},"Three-tier web app, two zones"\r\n`);
  });
});
