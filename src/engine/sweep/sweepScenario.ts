import type { Component, Scenario } from '../../model';
import { compileScenario, updateCompiledModel } from '../compile/compileScenario';
import { evaluatePerformance } from '../evaluatePerformance';
import { sweepPointOf, type SweepPoint } from './sweepPoint';

/**
 * A curve over edits of one component: for each value, `edit` returns the component changed, the
 * model is updated (parameters only, unless the edit changes structure) and evaluated.
 */
export function sweepComponent(scenario: Scenario, componentId: string, values: readonly number[], edit: (component: Component, value: number) => Component): SweepPoint[] {
  let model = compileScenario(scenario);
  return values.map((value) => {
    const edited: Scenario = { ...scenario, components: scenario.components.map((c) => (c.id === componentId ? edit(c, value) : c)) };
    model = updateCompiledModel(model, edited);
    return sweepPointOf(value, evaluatePerformance(model));
  });
}

/** Latency and cost against a cache's or CDN's hit ratio (SPEC §2.7). */
export function sweepHitRatio(scenario: Scenario, componentId: string, hitRatios: readonly number[]): SweepPoint[] {
  return sweepComponent(scenario, componentId, hitRatios, (component, hitRatio) => (component.kind === 'cache' || component.kind === 'cdn' ? { ...component, hitRatio } : component));
}

/**
 * Latency and cost against a database's number of copies (SPEC §2.7 "replicas"): copy j beyond the
 * first is placed in `replicaGroupIds[j − 1]` of the candidates, cycling through them; a leaderless
 * store keeps N equal to the copies and R, W at most N.
 */
export function sweepReplicas(scenario: Scenario, databaseId: string, candidateGroupIds: readonly string[], copies: readonly number[]): SweepPoint[] {
  return sweepComponent(scenario, databaseId, copies, (component, count) => {
    if (component.kind !== 'database' || candidateGroupIds.length === 0) return component;
    const replicaGroupIds = Array.from({ length: Math.max(0, count - 1) }, (_, j) => candidateGroupIds[j % candidateGroupIds.length] ?? '');
    const model = component.model === 'single' && count > 1 ? 'primaryReplica' : component.model;
    const n = replicaGroupIds.length + 1;
    const quorum = { n, r: Math.min(component.quorum.r, n), w: Math.min(component.quorum.w, n) };
    return { ...component, model, replicaGroupIds, quorum };
  });
}
