import { findCallAmplification, formatJsonPath, type Scenario } from '../model';
import { refuse, type CommandResult } from './command';

/**
 * Refuses a command whose result lets one request reach a component more than the schema allows
 * (`findCallAmplification`): raising `callsPerRequest` on an edge, drawing or pasting calls. The crossing
 * may lie further down the chain than the edited edge, where the element's own check cannot see it.
 * Only the edges decide it, so a command that keeps them is not checked.
 */
export function guardCallAmplification(before: Scenario, result: CommandResult): CommandResult {
  if (!result.ok || result.scenario.edges === before.edges) return result;
  const issue = findCallAmplification(result.scenario);
  return issue ? refuse(`${formatJsonPath(issue.path)}: ${issue.message}`) : result;
}
