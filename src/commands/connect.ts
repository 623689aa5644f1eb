import { checkConnection, createEdge, type EdgeKind, type Scenario } from '../model';
import { defineCommand, refuse, succeed, type CommandResult } from './command';
import { createIdAllocator } from './ids';

export interface ConnectArgs {
  from: string;
  to: string;
  kind: EdgeKind;
}

/** Draws an edge if the connection rules allow it; otherwise refuses with the rule's reason. */
export function connect(scenario: Scenario, { from, to, kind }: ConnectArgs): CommandResult {
  const verdict = checkConnection(scenario, from, to, kind);
  if (!verdict.ok) return refuse(verdict.reason);
  const id = createIdAllocator(scenario)(`e-${from}-${to}`);
  return succeed({ ...scenario, edges: [...scenario.edges, createEdge(kind, id, from, to)] }, [id]);
}

export const connectCommand = defineCommand({ id: 'connect', label: 'Connect', recordsUndo: true, perform: connect });
