import { describe, expect, it } from 'vitest';
import { evaluate } from '../engine';
import { createExampleScenario } from '../model';
import { printSections } from './printSections';
import { availabilityPercentText, downtimeText, exponentText, ninesText } from './reportFigures';
import type { ReportSection } from './reportSection';

const example = createExampleScenario();
const report = evaluate(example);
const sections = printSections(report, example);
const tables = (section: ReportSection | undefined) => section?.blocks.flatMap((block) => (block.kind === 'table' ? [block] : [])) ?? [];
const everyText = JSON.stringify(sections);

describe('the printed page of a scenario', () => {
  it('has latency and availability per population, the weakest links, recovery by class and cost by category', () => {
    expect(sections.map((section) => section.title)).toEqual(['Latency and availability per population', 'Availability', 'Recovery (targets: RTO ≤ 3600 s, RPO ≤ 300 s)', 'Cost']);
  });

  it('puts each population’s latency beside its availability, overall first, by name', () => {
    const [populations] = tables(sections[0]);
    const europe = report.latency.byPopulation['users-eu'];
    expect(populations?.header).toEqual(['population', 'p50 ms', 'p95 ms', 'p99 ms', 'mean ms', 'availability', 'nines', 'U', 'min/month down']);
    expect(populations?.rows.map((row) => row[0])).toEqual(['overall', 'Users in Europe', 'Users in US East']);
    expect(populations?.rows[1]?.slice(1, 4)).toEqual([europe?.p50Ms.toFixed(1), europe?.p95Ms.toFixed(1), europe?.p99Ms.toFixed(1)]);
    const europeUp = report.availability.byPopulation['users-eu'];
    expect(populations?.rows[1]?.slice(5)).toEqual([availabilityPercentText(europeUp?.unavailability ?? 1), ninesText(europeUp?.nines ?? 0), exponentText(europeUp?.unavailability ?? 1), downtimeText(europeUp?.downtimeMinutesPerMonth ?? 0)]);
    expect(populations?.rows[1]?.[5]).toMatch(/^99\.92\d\d %$/);
  });

  it('keeps to what fits a page: the weakest links without the population table, recovery without its events, cost without its components', () => {
    expect(tables(sections[1]).map((table) => table.header[0])).toEqual(['element']);
    expect(tables(sections[2]).map((table) => table.header[0])).toEqual(['class']);
    expect(tables(sections[3]).map((table) => table.header[0])).toEqual(['category']);
    expect(tables(sections[3])[0]?.rows.map((row) => row[0])).toContain('Data transfer');
  });

  it('names the element that set a class’s recovery only when it is not the one that failed', () => {
    const [byClass] = tables(sections[2]);
    const zone = byClass?.rows.find((row) => row[0] === 'zone');
    expect(zone?.[2]).toBe('Zone eu-west-1a (Session cache)');
    expect(zone?.[4]).toBe('Zone eu-west-1a');
  });

  it('shows no ids', () => {
    expect(everyText).not.toMatch(/\b(users-eu|users-us|app-a|app-b|zone-a|zone-b)\b/);
  });
});
