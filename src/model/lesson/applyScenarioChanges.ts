import { createClient, createComponent, createEdge, createGroup } from '../defaults';
import type { ScenarioIssue } from '../errors';
import { parseScenario, type ParseResult } from '../parseScenario';
import { isReservedKey } from '../reservedKeys';
import type { Scenario } from '../schema/scenario';
import type { ScenarioChange } from './scenarioChange';

type Json = Record<string, unknown>;
type Document = Json & { clients: Json[]; groups: Json[]; components: Json[]; edges: Json[]; layout: { nodes: Record<string, unknown> } };

const elementLists = ['clients', 'groups', 'components', 'edges'] as const;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null;

/** `node[key]` if `node` has it as its own property: a path never reads through a prototype. */
const ownValue = (node: Json, key: string | number): unknown => (Object.hasOwn(node, key) ? node[key] : undefined);

/**
 * Follows `at` through objects, and through arrays by element id (or index); null when it leads
 * nowhere. Own properties only, and a reserved key (`__proto__`…) is refused, whatever the schema let through.
 */
function setAt(document: Json, at: ReadonlyArray<string | number>, value: unknown): string | null {
  if (at.some(isReservedKey)) return `uses a reserved key in ${JSON.stringify(at)}`;
  let node: unknown = document;
  for (let i = 0; i < at.length - 1; i += 1) {
    const key = at[i] as string | number;
    node = Array.isArray(node) ? (typeof key === 'number' ? node[key] : node.find((item) => isObject(item) && item.id === key)) : isObject(node) ? ownValue(node, key) : undefined;
    if (!isObject(node)) return `refers to nothing at ${JSON.stringify(at.slice(0, i + 1))}`;
  }
  const last = at[at.length - 1] as string | number;
  if (Array.isArray(node)) {
    const index = typeof last === 'number' ? last : node.findIndex((item) => isObject(item) && item.id === last);
    if (index < 0 || index > node.length) return `refers to no element "${last}"`;
    node[index] = value;
  } else Object.defineProperty(node, last, { value, enumerable: true, writable: true, configurable: true });
  return null;
}

const placeAt = (document: Document, id: string, position: { x: number; y: number } | undefined, size?: { width: number; height: number }) => {
  if (position) document.layout.nodes[id] = { ...position, ...size };
};

function apply(document: Document, change: ScenarioChange): string | null {
  switch (change.op) {
    case 'set':
      return setAt(document, change.at, change.value);
    case 'addComponent':
      document.components.push({ ...createComponent(change.kind, change.id, change.name, change.groupId), ...change.fields });
      placeAt(document, change.id, change.position);
      return null;
    case 'addGroup':
      document.groups.push(createGroup(change.kind, change.id, change.name, change.parentId, change.detail));
      placeAt(document, change.id, change.position, change.size);
      return null;
    case 'addClient':
      document.clients.push({ ...createClient(change.id, change.name, change.regionId, change.share), ...change.fields });
      placeAt(document, change.id, change.position);
      return null;
    case 'addEdge':
      document.edges.push({ ...createEdge(change.kind, change.id, change.from, change.to), ...change.fields });
      return null;
    case 'remove': {
      const found = elementLists.some((list) => document[list].some((element) => element.id === change.id));
      if (!found) return `refers to no element "${change.id}"`;
      for (const list of elementLists) document[list] = document[list].filter((element) => element.id !== change.id && element.from !== change.id && element.to !== change.id);
      delete document.layout.nodes[change.id];
      return null;
    }
  }
}

/**
 * Applies a lesson's changes to a copy of `scenario`, then validates the result through
 * `parseScenario`. A change that leads nowhere is reported as `changes[i]`; a result the schema
 * refuses is reported with its scenario path. Never mutates `scenario`, never throws.
 */
export function applyScenarioChanges(scenario: Scenario, changes: readonly ScenarioChange[]): ParseResult {
  const document = JSON.parse(JSON.stringify(scenario)) as Document;
  const issues: ScenarioIssue[] = [];
  changes.forEach((change, i) => {
    const problem = apply(document, change);
    if (problem) issues.push({ path: `changes[${i}]`, message: problem });
  });
  return issues.length > 0 ? { ok: false, issues } : parseScenario(document);
}
