import { beforeEach, describe, expect, it } from 'vitest';
import { addClientCommand, addComponentCommand, connectCommand, deleteElementsCommand } from '../commands';
import { evaluate } from '../engine';
import { reportCsv, reportMarkdown } from '../export';
import { createBlankScenario, createExampleScenario, type Scenario } from '../model';
import { useMeridianStore } from './index';

const store = useMeridianStore;
const old = createExampleScenario();
const oldIds = [old.id, ...old.components.map((c) => c.id), ...old.clients.map((c) => c.id)];

/** Users → one app server → one database, built the way a person does it: one command at a time. */
function rebuild(): Scenario {
  const { dispatch } = store.getState();
  dispatch(addClientCommand, { position: { x: 0, y: 0 }, name: 'Shoppers' });
  dispatch(addComponentCommand, { kind: 'compute', groupId: null, position: { x: 200, y: 0 }, name: 'Storefront' });
  dispatch(addComponentCommand, { kind: 'database', groupId: null, position: { x: 400, y: 0 }, name: 'Orders DB' });
  const { clients, components } = store.getState().scenario;
  const idOf = (name: string) => [...clients, ...components].find((e) => e.name === name)?.id ?? name;
  dispatch(connectCommand, { from: idOf('Shoppers'), to: idOf('Storefront'), kind: 'call' });
  dispatch(connectCommand, { from: idOf('Storefront'), to: idOf('Orders DB'), kind: 'call' });
  return store.getState().scenario;
}

/** Every text a reader gets of the report: the JSON, the Markdown and the CSV exports. */
function reportTexts(scenario: Scenario): string[] {
  const report = evaluate(scenario);
  expect(report.scenario).toEqual({ id: scenario.id, name: scenario.name });
  return [JSON.stringify(report), reportMarkdown(report, scenario), reportCsv(report, scenario)];
}

beforeEach(() => store.setState(store.getInitialState(), true));

describe('a scenario cleared and rebuilt (#16.9)', () => {
  it('reports the new design under its own id and name when it replaces the old one in the tab', () => {
    expect(store.getState().scenario.id).toBe(old.id);
    store.getState().replaceTabDocument(store.getState().activeTabId, createBlankScenario('new-design-1', 'New design'));
    const rebuilt = rebuild();
    expect(rebuilt.id).toBe('new-design-1');
    expect(rebuilt.components.map((c) => c.name)).toEqual(['Storefront', 'Orders DB']);
    expect(rebuilt.edges).toHaveLength(2);
    for (const text of reportTexts(rebuilt)) {
      expect(text).toContain('Storefront');
      for (const id of oldIds) expect(text).not.toContain(`"${id}"`);
      expect(text).not.toContain(old.name);
    }
  });

  it('names only the rebuilt elements once everything of the old design is deleted', () => {
    const { scenario, dispatch } = store.getState();
    dispatch(deleteElementsCommand, { ids: [...scenario.clients, ...scenario.components, ...scenario.groups].map((e) => e.id) });
    expect(store.getState().scenario.components).toEqual([]);
    const rebuilt = rebuild();
    const [json, markdown, csv] = reportTexts(rebuilt);
    for (const text of [markdown, csv]) {
      expect(text).toContain('Orders DB');
      for (const c of old.components) expect(text).not.toContain(c.name);
    }
    for (const c of old.components) expect(json).not.toContain(`"${c.id}"`);
  });
});
