import type { Scenario } from '../model';
import { defineCommand, refuse, succeed, type CommandResult } from './command';
import { scopedIssues } from './validateElement';

/** Scenario-wide settings a person edits when nothing is selected. */
export type ScenarioPatch = Partial<Pick<Scenario, 'name' | 'description' | 'workload' | 'recovery' | 'settings'>>;

export interface UpdateScenarioArgs {
  patch: ScenarioPatch;
}

/** Changes the name, workload, recovery plan or settings; invalid values are refused with the schema's words. */
export function updateScenario(scenario: Scenario, { patch }: UpdateScenarioArgs): CommandResult {
  const next = { ...scenario, ...patch };
  for (const key of Object.keys(patch)) {
    const [issue] = scopedIssues(next, [key]);
    if (issue) return refuse(issue.path === '(document)' ? `${key}: ${issue.message}` : `${key}.${issue.path}: ${issue.message}`);
  }
  return succeed(next);
}

export const updateScenarioCommand = defineCommand({ id: 'updateScenario', label: 'Edit scenario', recordsUndo: true, perform: updateScenario });
