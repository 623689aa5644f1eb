import { beforeEach, describe, expect, it } from 'vitest';
import type { Report } from '../engine';
import { createExampleScenario } from '../model';
import { useMeridianStore } from './index';

const store = useMeridianStore;
const named = (name: string) => ({ ...createExampleScenario(), id: name.toLowerCase(), name });

beforeEach(() => store.setState(store.getInitialState(), true));

describe('the printable report in the store', () => {
  it('prints every open tab in tab order from the editor, each tab’s own document', () => {
    const [second, third] = store.getState().openScenarios([named('Second'), named('Third')]);
    store.getState().openPrintReport();
    const request = store.getState().printReport;
    expect(request?.tabIds).toEqual(['tab-1', second, third]);
    expect(request?.tabIds.map((tabId) => request.documents[tabId]?.name)).toEqual([createExampleScenario().name, 'Second', 'Third']);
    expect(request?.outcomes).toEqual({});
  });

  it('prints the compared scenarios, in their order, from the compare view', () => {
    const [second, third] = store.getState().openScenarios([named('Second'), named('Third')]);
    store.getState().setCompared([third ?? '', 'tab-1'], third);
    store.getState().setMainView('compare');
    store.getState().openPrintReport();
    expect(store.getState().printReport?.tabIds).toEqual([third, 'tab-1']);
    expect(store.getState().printReport?.tabIds).not.toContain(second);
  });

  it('takes the reports of the request still open only, and closes', () => {
    store.getState().openPrintReport();
    const first = store.getState().printReport?.id ?? 0;
    store.getState().openPrintReport();
    const outcome = { kind: 'report', report: {} as Report } as const;
    store.getState().printReportEvaluated(first, { 'tab-1': outcome });
    expect(store.getState().printReport?.outcomes).toEqual({});
    store.getState().printReportEvaluated(first + 1, { 'tab-1': outcome });
    expect(store.getState().printReport?.outcomes).toEqual({ 'tab-1': outcome });
    store.getState().closePrintReport();
    expect(store.getState().printReport).toBeNull();
  });
});
