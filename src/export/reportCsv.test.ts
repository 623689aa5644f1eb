import { describe, expect, it } from 'vitest';
import { evaluate } from '../engine';
import { createExampleScenario } from '../model';
import { reportCsv } from './reportCsv';
import { fixtureNames, reportFixture } from './test/reportFixture';

const lines = (csv: string) => csv.split('\r\n').slice(0, -1);

describe('reportCsv', () => {
  const csv = reportCsv(reportFixture(), fixtureNames);

  it('is one tidy table: a header, then one fact a row, each CRLF-terminated', () => {
    expect(csv.startsWith('section,item,metric,value,unit\r\n')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('keeps a hostile scenario name as one text cell that no spreadsheet runs as a formula', () => {
    expect(lines(csv)[1]).toBe(`scenario,design,name,"'=cmd|""calc"" <b>*Shop*</b> | v2",`);
  });

  it('names elements by name and rounds numbers to what they mean; unbounded figures are Infinity', () => {
    expect(lines(csv)).toEqual(
      expect.arrayContaining([
        'latency,overall,p99Ms,125.75,ms',
        'latency,Users in US East,p99Ms,Infinity,ms',
        'latency,Users in US East,saturated,true,',
        'capacity,design,bottleneck,App servers,',
        'capacity,App servers,utilization,0.4167,fraction',
        'capacity,App servers,instancesNeededPeak,7,instances',
        'availability,overall,availability,99.92151,%',
        'availability,overall,unavailability,0.0007849,probability',
        'availability,Application LB,singlePointOfFailure,managedService,',
        'recovery,Corruption in Orders DB,rpoSeconds,0.25,s',
        'recovery,Corruption in Orders DB,meetsTargets,false,',
        'cost,total,perMillionRequestsUsd,Infinity,USD',
        'cost,total,monthlyUsd,4518.13,USD/month',
        'costByCategory,Compute,monthlyUsd,630.72,USD/month',
        'tradeoffs,cost,summary,"$4518 / month, a, b",',
      ]),
    );
  });

  it('quotes warnings with quotes in them', () => {
    expect(lines(csv)).toContain('warnings,a,graph.cycle,"Calls loop: ""a"" → ""b"" → [a](javascript:x)",');
  });

  it('writes a tiny U as what it is, never 100 % or 0 minutes', () => {
    const report = reportFixture();
    const unavailability = 1e-18;
    report.availability = { ...report.availability, availability: 1 - unavailability, unavailability, nines: 18, downtimeMinutesPerMonth: unavailability * 43_800 };
    const text = lines(reportCsv(report, fixtureNames));
    expect(text).toContain('availability,overall,availability,99.9999999999999999,%');
    expect(text).toContain('availability,overall,downtimeMinutesPerMonth,4.4e-14,min/month');
  });

  it('carries the figures of a real evaluation rounded, by name, and never NaN', () => {
    const scenario = createExampleScenario();
    const report = evaluate(scenario);
    const text = reportCsv(report, scenario);
    expect(lines(text)).toContain(`cost,total,monthlyUsd,${Number(report.cost.monthlyUsd.toFixed(2))},USD/month`);
    expect(lines(text)).toContain(`latency,Users in Europe,p99Ms,${Number(report.latency.byPopulation['users-eu']?.p99Ms.toFixed(2))},ms`);
    expect(text).not.toMatch(/NaN|undefined|users-eu|app-a/);
  });
});
