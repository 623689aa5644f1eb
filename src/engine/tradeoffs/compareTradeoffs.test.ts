import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../model';
import { evaluate } from '../evaluate';
import type { Report, TradeoffRow } from '../report';
import { compareTradeoffs } from './compareTradeoffs';

const templatesDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'templates');
function template(file: string): Report {
  const parsed = parseScenario(readFileSync(join(templatesDir, file), 'utf8'));
  if (!parsed.ok) throw new Error(`${file} is invalid`);
  return evaluate(parsed.scenario);
}

/** A report that holds only tradeoff rows, which is all the comparison reads. */
const rowsOnly = (rows: TradeoffRow[]): Report => ({ tradeoffs: { rows } }) as unknown as Report;
const costRow = (monthlyUsd: number): TradeoffRow => ({ concern: 'cost', values: { monthlyUsd, perMillionRequestsUsd: monthlyUsd / 100 }, summary: `$${monthlyUsd}` });

describe('compareTradeoffs', () => {
  it('gives every concern of SPEC §2.7, in table order', () => {
    const compared = compareTradeoffs([template('shop-monolith.json'), template('shop-microservices.json')], 0);
    expect(compared.map((row) => row.concern)).toEqual(['scalability', 'reliability', 'performance', 'cost', 'operationalComplexity', 'security', 'consistency']);
  });

  it('shows the engine’s own figures and their differences from the baseline', () => {
    const [monolith, services] = [template('shop-monolith.json'), template('shop-microservices.json')];
    if (!monolith || !services) throw new Error('missing');
    const cost = compareTradeoffs([monolith, services], 0).find((row) => row.concern === 'cost');
    const monthly = cost?.figures.find((f) => f.key === 'monthlyUsd');
    expect(monthly?.values).toEqual([monolith.cost.monthlyUsd, services.cost.monthlyUsd]);
    expect(monthly?.deltas).toEqual([0, services.cost.monthlyUsd - monolith.cost.monthlyUsd]);
    expect(cost?.winners).toEqual([0]);
    const complexity = compareTradeoffs([monolith, services], 1).find((row) => row.concern === 'operationalComplexity');
    expect(complexity?.figures.find((f) => f.key === 'deployables')).toMatchObject({ values: [1, 4], deltas: [-3, 0], better: 'lower' });
    expect(complexity?.winners).toEqual([0]);
    expect(complexity?.decidedBy).toEqual(['regions', 'deployables', 'dataStores', 'replicationLinks', 'crossRegionCalls']);
  });

  it('breaks a tie on the first figure with the next one, and marks no winner when all tie', () => {
    const reliability = (nines: number, regionRtoSeconds: number): TradeoffRow => ({ concern: 'reliability', values: { nines, 'rtoSeconds.region': regionRtoSeconds, 'rpoSeconds.region': 0 }, summary: '' });
    const [row] = compareTradeoffs([rowsOnly([reliability(3, 600)]), rowsOnly([reliability(3, 60)]), rowsOnly([reliability(2, 1)])], 0).filter((r) => r.concern === 'reliability');
    expect(row?.winners).toEqual([1]);
    const [tie] = compareTradeoffs([rowsOnly([costRow(100)]), rowsOnly([costRow(100)])], 0).filter((r) => r.concern === 'cost');
    expect(tie?.winners).toEqual([]);
  });

  it('a saturated p99 (Infinity) loses and has no delta; figures only one scenario has are compared as missing', () => {
    const performance = (p99: Record<string, number>): TradeoffRow => ({ concern: 'performance', values: p99, summary: '' });
    const [row] = compareTradeoffs([rowsOnly([performance({ p99Ms: 120, 'p99Ms.eu': 120 })]), rowsOnly([performance({ p99Ms: Infinity, 'p99Ms.us': 300 })])], 0).filter((r) => r.concern === 'performance');
    expect(row?.winners).toEqual([0]);
    expect(row?.figures.find((f) => f.key === 'p99Ms')?.deltas).toEqual([0, null]);
    expect(row?.figures.find((f) => f.key === 'p99Ms.us')).toMatchObject({ values: [undefined, 300], deltas: [null, null], better: 'lower' });
  });

  it('counts stores that may serve stale reads: the edge template’s eventual key-value store loses consistency to the distributed SQL one', () => {
    const [edge, sql] = [template('edge-serverless.json'), template('two-region-active-active.json')];
    const [row] = compareTradeoffs([edge as Report, sql as Report], 0).filter((r) => r.concern === 'consistency');
    expect(row?.figures.find((f) => f.key === 'staleReadStores')?.values).toEqual([1, 0]);
    expect(row?.figures.find((f) => f.key === 'kv')).toMatchObject({ better: null });
    expect(row?.winners).toEqual([1]);
  });
});
