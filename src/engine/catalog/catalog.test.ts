import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findCatalogRegion } from '../../model';
import { cacheNodeTypes, databaseNodeTypes } from './dataStorePrices';
import { instanceTypes, pricingModelFactors } from './computePrices';
import { measuredRttMs } from './measuredRtt';
import { awsRegions, awsRttMs, gcpRegions, gcpRttMs } from './rttMatrices.generated';

const here = dirname(fileURLToPath(import.meta.url));

/** The upstream matrices, as copied into the repo (data/SOURCE.md). */
const dataFile = (name: string) => readFileSync(join(here, 'data', name), 'utf8');
const awsJson = JSON.parse(dataFile('aws-ping-p50-1y.json')) as { data: Record<string, Record<string, number>> };
const gcpJson = JSON.parse(dataFile('gcp_rtt_latency_between_regions.json')) as { data: Record<string, Record<string, number>> };

const symmetric = (data: Record<string, Record<string, number>>, a: string, b: string) => ((data[a]?.[b] ?? NaN) + (data[b]?.[a] ?? NaN)) / 2;

function region(id: string) {
  const found = findCatalogRegion(id);
  if (!found) throw new Error(`no catalog region ${id}`);
  return found;
}

describe('measured RTT matrices', () => {
  it('match the data files for every pair (symmetrised, rounded to 0.01 ms)', () => {
    for (const [regions, matrix, json] of [[awsRegions, awsRttMs, awsJson], [gcpRegions, gcpRttMs, gcpJson]] as const) {
      regions.forEach((a, i) =>
        regions.forEach((b, j) => expect(Math.abs((matrix[i * regions.length + j] ?? NaN) - symmetric(json.data, a, b))).toBeLessThanOrEqual(0.005 + 1e-9)),
      );
    }
  });

  it('give the docs/sources.md §1.1 / §1.2 table values for sampled pairs', () => {
    // Table values (rounded to 1 ms in docs/sources.md): eu-west-1↔eu-west-2 14, us-east-1↔ap-southeast-2 200,
    // ap-northeast-1↔ap-northeast-2 36; GCP europe-west1↔us-east1 91, asia-east1↔asia-east2 13.
    const samples: Array<[string, string, number]> = [
      ['aws:eu-west-1', 'aws:eu-west-2', 14],
      ['aws:us-east-1', 'aws:ap-southeast-2', 200],
      ['aws:ap-northeast-1', 'aws:ap-northeast-2', 36],
      ['gcp:europe-west1', 'gcp:us-east1', 91],
      ['gcp:asia-east1', 'gcp:asia-east2', 13],
    ];
    for (const [a, b, table] of samples) {
      const measured = measuredRttMs(region(a), region(b));
      expect(Math.round(measured?.value ?? NaN)).toBe(table);
      expect(measured?.source).toMatch(/docs\/sources\.md §1\.[12]/);
      expect(measured?.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('has no value for one region with itself or across providers', () => {
    expect(measuredRttMs(region('aws:eu-west-1'), region('aws:eu-west-1'))).toBeUndefined();
    expect(measuredRttMs(region('aws:eu-west-1'), region('gcp:europe-west1'))).toBeUndefined();
  });
});

describe('prices', () => {
  const sources = readFileSync(join(here, '..', '..', '..', 'docs', 'sources.md'), 'utf8');
  const lineWith = (...needles: string[]) => sources.split('\n').find((line) => needles.every((needle) => line.includes(needle)));

  it('every EC2 size is priced as docs/sources.md §3.1 states', () => {
    for (const entry of instanceTypes.filter((e) => !e.id.includes('fargate'))) {
      const code = entry.id.replace('aws:', '');
      expect(lineWith(code, `$${entry.usdPerHour.value}/h`), `${code} at $${entry.usdPerHour.value}/h`).toBeDefined();
      expect(entry.usdPerHour.source).toMatch(/docs\/sources\.md §3\.1/);
    }
  });

  it('database and cache node prices appear in docs/sources.md §3.2', () => {
    expect(lineWith('db.t3.large', '$0.136/h')).toBeDefined();
    expect(databaseNodeTypes.find((e) => e.id === 'aws:db.t3.large')?.usdPerHour.value).toBe(0.136);
    expect(lineWith('cache.m4.large', '$0.156/h')).toBeDefined();
    expect(cacheNodeTypes.find((e) => e.id === 'aws:cache.m4.large')?.usdPerHour.value).toBe(0.156);
  });

  it('derives Fargate 1 vCPU + 2 GB as $36.04 a month (docs/sources.md §3.1)', () => {
    const task = instanceTypes.find((e) => e.id === 'aws:fargate.1vcpu-2gb');
    expect((task?.usdPerHour.value ?? 0) * 730).toBeCloseTo(36.04, 2); // (0.04048 + 2 × 0.004445) × 730
  });

  it('reserved discounts are the t3.medium RI figures (−37 % / −57 %); spot is a named assumption', () => {
    expect(1 - pricingModelFactors.reserved1y.value).toBeCloseTo(0.37, 2);
    expect(1 - pricingModelFactors.reserved3y.value).toBeCloseTo(0.57, 2);
    expect(pricingModelFactors.spot.assumption).toBe(true);
    expect(pricingModelFactors.spot.rationale).toBeTruthy();
  });
});
