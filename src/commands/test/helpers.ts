import { expect } from 'vitest';
import { createExampleScenario, formatIssue, parseScenario, type Scenario } from '../../model';
import type { CommandResult } from '../command';
import { layoutViolations } from '../layout/layoutViolations';

export const example = (): Scenario => createExampleScenario();

/** The scenario of a successful result, failing the test (with the reason) otherwise. */
export function performed(result: CommandResult): Scenario & { selection: string[] } {
  if (!result.ok) throw new Error(`command refused: ${result.reason}`);
  return Object.assign(result.scenario, { selection: result.selection ?? [] });
}

/** Asserts a scenario passes the one door for documents, showing the issues if not. */
export function expectValid(scenario: Scenario): void {
  const parsed = parseScenario(JSON.parse(JSON.stringify(scenario)));
  expect(parsed.ok ? [] : parsed.issues.map(formatIssue)).toEqual([]);
}

/** Asserts the containment invariant: no sibling overlaps another, every node lies inside its group. */
export function expectContained(scenario: Scenario): void {
  expect(layoutViolations(scenario)).toEqual([]);
}

export function reasonOf(result: CommandResult): string {
  if (result.ok) throw new Error('expected the command to refuse');
  return result.reason;
}
