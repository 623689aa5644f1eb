import { describe, expect, it } from 'vitest';
import { evaluate } from '../engine';
import { createExampleScenario } from '../model';
import { reportCsv } from './reportCsv';
import { reportFixture } from './test/reportFixture';

const lines = (csv: string) => csv.split('\r\n').slice(0, -1);

describe('reportCsv', () => {
  const csv = reportCsv(reportFixture());

  it('is one tidy table: a header, then one fact a row, each CRLF-terminated', () => {
    expect(csv.startsWith('section,item,metric,value,unit\r\n')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('keeps a hostile scenario name as one text cell that no spreadsheet runs as a formula', () => {
    expect(lines(csv)[1]).toBe(`scenario,shop,name,"'=cmd|""calc"" <b>*Shop*</b> | v2",`);
  });

  it('writes numbers at full precision and unbounded figures as Infinity', () => {
    expect(lines(csv)).toEqual(
      expect.arrayContaining([
        'latency,overall,p99Ms,125.75,ms',
        'latency,users-us,p99Ms,Infinity,ms',
        'latency,users-us,saturated,true,',
        'capacity,app,utilization,0.4167,fraction',
        'capacity,app,instancesNeededPeak,7,instances',
        'availability,overall,unavailability,0.0007849,probability',
        'availability,lb,singlePointOfFailure,true,',
        'recovery,corruption:db,rpoSeconds,0.25,s',
        'recovery,corruption:db,meetsTargets,false,',
        'cost,total,perMillionRequestsUsd,Infinity,USD',
        'costByCategory,compute,monthlyUsd,630.72,USD/month',
        'tradeoffs,cost,summary,"$4518 / month, a, b",',
      ]),
    );
  });

  it('quotes warnings with quotes in them', () => {
    expect(lines(csv)).toContain('warnings,a,graph.cycle,"Calls loop: ""a"" → ""b"" → [a](javascript:x)",');
  });

  it('carries the figures of a real evaluation exactly, and never NaN', () => {
    const report = evaluate(createExampleScenario());
    const text = reportCsv(report);
    expect(lines(text)).toContain(`cost,total,monthlyUsd,${report.cost.monthlyUsd},USD/month`);
    expect(lines(text)).toContain(`latency,users-eu,p99Ms,${report.latency.byPopulation['users-eu']?.p99Ms},ms`);
    expect(text).not.toMatch(/NaN|undefined/);
  });
});
