import { describe, expect, it } from 'vitest';
import { createExampleScenario, parseScenario } from '../../model';
import { scenarioFileName, scenarioToJson } from './exportScenario';

describe('scenarioFileName', () => {
  it('turns the scenario name into a safe, readable file name', () => {
    expect(scenarioFileName('Three-tier web app, two zones')).toBe('three-tier-web-app-two-zones.meridian.json');
    expect(scenarioFileName('Zürich → São Paulo / DR')).toBe('zurich-sao-paulo-dr.meridian.json');
    expect(scenarioFileName('../../etc/passwd')).toBe('etc-passwd.meridian.json');
  });

  it('takes the extension of the kind of file', () => {
    expect(scenarioFileName('Three-tier web app, two zones', 'report.csv')).toBe('three-tier-web-app-two-zones.report.csv');
    expect(scenarioFileName('東京', 'png')).toBe('scenario.png');
  });

  it('falls back to a generic name when nothing usable is left', () => {
    expect(scenarioFileName('東京')).toBe('scenario.meridian.json');
  });

  it('keeps long names to a reasonable length without a trailing dash', () => {
    const fileName = scenarioFileName(`${'a'.repeat(79)} b c`);
    expect(fileName).toBe(`${'a'.repeat(79)}.meridian.json`);
  });
});

describe('scenarioToJson', () => {
  it('writes a document that imports back unchanged', () => {
    const scenario = createExampleScenario();
    const parsed = parseScenario(scenarioToJson(scenario));
    expect(parsed.ok && parsed.scenario).toEqual(scenario);
  });
});
