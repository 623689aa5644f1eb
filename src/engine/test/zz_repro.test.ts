import { readFileSync } from 'node:fs';
import { it } from 'vitest';
import { parseScenario } from '../../model';
import { evaluate } from '../../engine/evaluate';
import { reportNumberProblems } from '../../engine/test/reportNumbers';
it('repro', () => {
  for (const n of [248, 172, 312]) {
    const parsed = parseScenario(JSON.parse(readFileSync(`/tmp/explore-problem-${n}.json`, 'utf8')));
    if (!parsed.ok) throw new Error('bad');
    const r = evaluate(parsed.scenario);
    console.log(n, reportNumberProblems(r).slice(0, 10));
    for (const [id, s] of Object.entries(r.latency.byPopulation)) console.log(id, s.saturated, s.p99Ms, s.meanMs, s.saturatesAtRequestsPerSecond, JSON.stringify(s.explain), JSON.stringify(s.p99Breakdown));
  }
});
