import '../zodConfig';
import { z } from 'zod';
import { findCallAmplification } from '../callAmplification';
import { checkConnection, indexConnections } from '../connectionRules';
import { findCatalogRegion } from '../regions';
import { clientPopulationSchema } from './client';
import { componentSchema } from './component';
import { edgeSchema } from './edge';
import { allowedGroupParents, groupSchema } from './group';
import { layoutSchema } from './layout';
import { displayNameSchema, elementIdSchema } from './primitives';
import { recoverySchema } from './recovery';
import { settingsSchema } from './settings';
import { workloadSchema } from './workload';

/** The version this build writes; older documents are migrated up to it (see migrations/). */
export const currentSchemaVersion = 1;

const scenarioShape = z.object({
  schemaVersion: z.literal(currentSchemaVersion),
  id: elementIdSchema,
  name: displayNameSchema,
  description: z.string().max(2000).optional(),
  workload: workloadSchema,
  clients: z.array(clientPopulationSchema),
  groups: z.array(groupSchema),
  components: z.array(componentSchema),
  edges: z.array(edgeSchema),
  recovery: recoverySchema,
  settings: settingsSchema,
  layout: layoutSchema,
});

type ScenarioShape = z.infer<typeof scenarioShape>;

/** How far the populations' shares may sum from 1: three of 1/3 written as 0.333 are fine; 2 (cost doubled) is not. */
export const shareSumTolerance = 0.002;

/** A problem the cross-reference checks find: where (a path into the document) and what. */
export interface ReferenceIssue {
  path: (string | number)[];
  message: string;
}

/**
 * Cross-references the per-field rules cannot see: unique ids, placements, nesting, edge endpoints.
 * Plain code over a document whose fields are valid, so that an editor can check one edited element
 * against the rest without parsing the whole document again (`scopedIssues` in commands).
 */
export function referenceIssues(scenario: ScenarioShape): ReferenceIssue[] {
  const issues: ReferenceIssue[] = [];
  const seen = new Map<string, string>();
  const claim = (id: string, path: (string | number)[]) => {
    const previous = seen.get(id);
    if (previous) issues.push({ path: [...path, 'id'], message: `duplicates the id of ${previous}` });
    else seen.set(id, path.join('.'));
  };
  scenario.clients.forEach((c, i) => claim(c.id, ['clients', i]));
  scenario.groups.forEach((g, i) => claim(g.id, ['groups', i]));
  scenario.components.forEach((c, i) => claim(c.id, ['components', i]));
  scenario.edges.forEach((e, i) => claim(e.id, ['edges', i]));

  const groupsById = new Map(scenario.groups.map((group) => [group.id, group]));
  scenario.groups.forEach((group, i) => {
    const parent = group.parentId === null ? null : groupsById.get(group.parentId);
    if (group.parentId !== null && !parent) {
      issues.push({ path: ['groups', i, 'parentId'], message: `refers to no group "${group.parentId}"` });
    } else if (!allowedGroupParents[group.kind].includes(parent ? parent.kind : null)) {
      const where = parent ? `inside a ${parent.kind}` : 'at the top level';
      issues.push({ path: ['groups', i, 'parentId'], message: `a ${group.kind} cannot sit ${where}` });
    }
    if (group.kind === 'region' && !findCatalogRegion(group.regionId)) {
      issues.push({ path: ['groups', i, 'regionId'], message: `"${group.regionId}" is not a catalog region (e.g. aws:eu-west-1)` });
    }
  });

  const checkPlacement = (groupId: string, path: (string | number)[]) => {
    const group = groupsById.get(groupId);
    if (!group) issues.push({ path, message: `refers to no group "${groupId}"` });
    else if (group.kind === 'provider') issues.push({ path, message: 'place it in a region or a zone, not directly in a provider' });
  };
  scenario.components.forEach((component, i) => {
    if (component.groupId !== null) checkPlacement(component.groupId, ['components', i, 'groupId']);
    if (component.kind === 'database') {
      component.replicaGroupIds.forEach((groupId, j) => checkPlacement(groupId, ['components', i, 'replicaGroupIds', j]));
    }
    if ((component.kind === 'compute' || component.kind === 'monolith') && component.minHealthy > component.instances) {
      issues.push({ path: ['components', i, 'minHealthy'], message: `must be ≤ instances (${component.instances})` });
    }
  });

  const shareSum = scenario.clients.reduce((sum, client) => sum + client.share, 0);
  if (scenario.clients.length > 0 && Math.abs(shareSum - 1) > shareSumTolerance) {
    const percent = `${Number((shareSum * 100).toFixed(1))} %`;
    issues.push({ path: ['clients'], message: `the populations' shares sum to ${Number(shareSum.toFixed(4))} (${percent}); they must sum to 1 (100 % of the workload): change the shares` });
  }

  scenario.clients.forEach((client, i) => {
    if (client.location.kind === 'region' && !findCatalogRegion(client.location.regionId)) {
      issues.push({ path: ['clients', i, 'location', 'regionId'], message: `"${client.location.regionId}" is not a catalog region` });
    }
  });

  const connections = indexConnections(scenario);
  scenario.edges.forEach((edge, i) => {
    const verdict = checkConnection(connections, edge.from, edge.to, edge.kind, edge.id);
    if (!verdict.ok) issues.push({ path: ['edges', i], message: verdict.reason });
  });

  const amplification = findCallAmplification(scenario);
  if (amplification) issues.push(amplification);
  return issues;
}

/** The one schema for a scenario document: types, import, share links, CLI and worker all use it. */
export const scenarioSchema = scenarioShape.superRefine(
  (scenario, ctx) => {
    for (const issue of referenceIssues(scenario)) ctx.addIssue({ code: 'custom', ...issue });
  },
  { when: (payload) => payload.issues.length === 0 },
);
export type Scenario = z.infer<typeof scenarioSchema>;
/** What a scenario looks like before defaults are filled in (e.g. a hand-written file). */
export type ScenarioInput = z.input<typeof scenarioSchema>;
