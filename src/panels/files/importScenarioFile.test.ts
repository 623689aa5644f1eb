import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createExampleScenario, formatIssue, maxScenarioBytes, type Scenario } from '../../model';
import { layoutViolations } from '../../commands';
import { useMeridianStore } from '../../store';
import { useFileNotices } from '../../store/persistenceNotices';
import { importScenarioFile } from './importScenarioFile';
import { useImportFailure } from './useImportFailure';

// In Node there is no Worker: ELK runs in-process, as it does in the worker.
vi.mock('../../canvas/tidy/layOutOffThread', async () => {
  const { default: ELK } = await import('elkjs/lib/elk.bundled.js');
  const elk = new ELK();
  return { layOutOffThread: (graph: Parameters<typeof elk.layout>[0]) => elk.layout(graph) };
});

const fixture = (name: string) => readFileSync(new URL(`../../../e2e/fixtures/${name}`, import.meta.url), 'utf8');
const jsonFile = (value: unknown, name = 'scenario.json') => new File([JSON.stringify(value)], name, { type: 'application/json' });

let before: Scenario;

beforeEach(() => {
  useMeridianStore.getState().loadScenario(createExampleScenario(), { recordUndo: false });
  useFileNotices.setState({ notices: [] });
  useImportFailure.setState({ failure: null });
  before = useMeridianStore.getState().scenario;
});

/** Imports a file that must be refused; returns the issues as the dialog lists them. */
async function refusedIssues(file: File): Promise<string[]> {
  const result = await importScenarioFile(file);
  expect(result.ok).toBe(false);
  expect(useMeridianStore.getState().scenario).toBe(before);
  expect(useFileNotices.getState().notices).toEqual([]);
  const failure = useImportFailure.getState().failure;
  expect(failure?.fileName).toBe(file.name);
  return failure?.issues.map(formatIssue) ?? [];
}

describe('importScenarioFile', () => {
  it('opens a valid scenario in a new tab, leaving the open one as it was, and says so', async () => {
    const tabBefore = useMeridianStore.getState().activeTabId;
    await importScenarioFile(new File([fixture('valid-scenario.json')], 'valid-scenario.json'));
    const state = useMeridianStore.getState();
    expect(state.scenario.name).toBe('Checkout service, two zones');
    expect(state.activeTabId).not.toBe(tabBefore);
    expect(state.documentOf(tabBefore)).toBe(before);
    expect(useFileNotices.getState().notices).toMatchObject([{ tone: 'success', title: 'Imported Checkout service, two zones in a new tab' }]);
    expect(useImportFailure.getState().failure).toBeNull();
  });

  it('lays out a scenario that came without a layout', async () => {
    const bare = { ...JSON.parse(fixture('valid-scenario.json')), layout: { nodes: {} } };
    await importScenarioFile(jsonFile(bare));
    const { scenario } = useMeridianStore.getState();
    expect(layoutViolations(scenario)).toEqual([]);
    expect(Object.keys(scenario.layout.nodes)).toHaveLength(12);
  });

  it('names the path of an invalid field (the e2e fixture)', async () => {
    expect(await refusedIssues(new File([fixture('invalid-scenario.json')], 'invalid-scenario.json'))).toContain(
      'components[2].instances: must be ≥ 1',
    );
  });

  it('refuses text that is not JSON', async () => {
    const [issue] = await refusedIssues(new File(['{"schemaVersion": 1,'], 'truncated.json'));
    expect(issue).toMatch(/^\(document\): is not valid JSON/);
  });

  it('refuses a scenario from a newer Meridian, saying to update', async () => {
    const issues = await refusedIssues(jsonFile({ ...createExampleScenario(), schemaVersion: 99 }));
    expect(issues).toEqual(['schemaVersion: is 99, but this version of Meridian understands up to 1: update Meridian to open it']);
  });

  it('refuses a foreign JSON file such as a package.json', async () => {
    const issues = await refusedIssues(jsonFile({ name: 'meridian', version: '0.1.0', dependencies: {} }, 'package.json'));
    expect(issues).toEqual(['schemaVersion: is required and must be a whole number ≥ 1: is this a Meridian scenario?']);
  });

  it('refuses hostile numbers: an instance count that overflows to Infinity', async () => {
    const text = fixture('valid-scenario.json').replace('"instances": 3', '"instances": 1e999');
    expect(await refusedIssues(new File([text], 'hostile.json'))).toEqual(['components[2].instances: must be a number (got Infinity)']);
  });

  it('refuses an oversize file before reading it', async () => {
    const huge = new File([new Uint8Array(maxScenarioBytes + 1024 * 1024)], 'huge.json');
    const read = vi.spyOn(huge, 'text');
    expect(await refusedIssues(huge)).toEqual(['(file): is 6.0 MB; a scenario may be at most 5.0 MB']);
    expect(read).not.toHaveBeenCalled();
  });
});
