import { describe, expect, it } from 'vitest';
import { createExampleScenario, type ClientPopulation } from '../model';
import { deleteElements } from './deleteElements';
import { rebalanceClientShares } from './clientShares';
import { updateElement } from './updateElement';

const population = (id: string, share: number): ClientPopulation => ({ ...createExampleScenario().clients[0]!, id, share });
const sum = (clients: readonly ClientPopulation[]) => clients.reduce((total, client) => total + client.share, 0);

describe('client shares always sum to 1', () => {
  it('gives the others what a new share leaves, in proportion to theirs', () => {
    const clients = rebalanceClientShares([population('a', 0.5), population('b', 0.3), population('c', 0.2)], 'a');
    expect(clients.map((client) => client.share)).toEqual([0.5, 0.3, 0.2]);
    const raised = rebalanceClientShares([population('a', 0.8), population('b', 0.3), population('c', 0.1)], 'a');
    expect(raised[0]!.share).toBe(0.8);
    expect(raised[1]!.share).toBeCloseTo(0.15, 12);
    expect(raised[2]!.share).toBeCloseTo(0.05, 12);
  });

  it('splits equally among others that had no share, and gives a lone population everything', () => {
    expect(rebalanceClientShares([population('a', 0.4), population('b', 0), population('c', 0)], 'a').map((client) => client.share)).toEqual([0.4, 0.3, 0.3]);
    expect(rebalanceClientShares([population('a', 0.4)], 'a').map((client) => client.share)).toEqual([1]);
  });

  it('keeps the document valid when the inspector sets one share or a population is deleted', () => {
    const scenario = createExampleScenario();
    expect(scenario.clients.length).toBeGreaterThan(1);
    const [first, second] = scenario.clients;
    const edited = updateElement(scenario, { id: first!.id, patch: { share: 0.9 } });
    expect(edited.ok).toBe(true);
    if (!edited.ok) return;
    expect(edited.scenario.clients.find((client) => client.id === first!.id)?.share).toBe(0.9);
    expect(sum(edited.scenario.clients)).toBeCloseTo(1, 12);

    const deleted = deleteElements(scenario, { ids: [second!.id] });
    expect(deleted.ok).toBe(true);
    if (!deleted.ok) return;
    expect(sum(deleted.scenario.clients)).toBeCloseTo(1, 12);
  });
});
