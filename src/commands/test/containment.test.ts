import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { componentKinds, type Scenario } from '../../model';
import { addClient } from '../addClient';
import { addComponent } from '../addComponent';
import { addGroup } from '../addGroup';
import type { CommandResult } from '../command';
import { deleteElements } from '../deleteElements';
import { dropNodes } from '../dropNodes';
import { duplicateElements } from '../duplicateElements';
import { layoutViolations } from '../layout/layoutViolations';
import { moveNodes } from '../moveNodes';
import { reparent } from '../reparent';
import { resizeGroup } from '../resizeGroup';
import { example } from './helpers';

/** A command with its arguments drawn from numbers, resolved against whatever the design holds when it runs. */
type Step = (scenario: Scenario) => CommandResult | null;

const pick = <T,>(list: readonly T[], index: number): T | undefined => (list.length === 0 ? undefined : list[index % list.length]);
const nodeIds = (s: Scenario) => [...s.groups, ...s.components, ...s.clients].map((e) => e.id);
const coordinate = fc.integer({ min: -600, max: 1600 });
const index = fc.nat(1000);

const steps: fc.Arbitrary<Step>[] = [
  fc.tuple(fc.constantFrom(...componentKinds), index, coordinate, coordinate).map(([kind, g, x, y]): Step => (s) => {
    const groups = s.groups.filter((group) => group.kind !== 'provider');
    return addComponent(s, { kind, groupId: pick(groups, g)?.id ?? null, position: { x, y } });
  }),
  fc.tuple(index, coordinate, coordinate).map(([r, x, y]): Step => (s) => {
    const region = pick(s.groups.filter((group) => group.kind === 'region'), r);
    return region ? addGroup(s, { kind: 'zone', parentId: region.id, position: { x, y } }) : null;
  }),
  fc.tuple(index, coordinate, coordinate, fc.constantFrom('aws:eu-central-1', 'aws:us-east-1', 'aws:ap-northeast-1')).map(([p, x, y, regionId]): Step => (s) => {
    const provider = pick(s.groups.filter((group) => group.kind === 'provider'), p);
    return provider ? addGroup(s, { kind: 'region', parentId: provider.id, regionId, position: { x, y } }) : null;
  }),
  fc.tuple(coordinate, coordinate).map(([x, y]): Step => (s) => addGroup(s, { kind: 'provider', parentId: null, position: { x, y } })),
  fc.tuple(coordinate, coordinate).map(([x, y]): Step => (s) => addClient(s, { position: { x, y } })),
  fc.tuple(index, coordinate, coordinate).map(([n, x, y]): Step => (s) => {
    const id = pick(nodeIds(s), n);
    return id ? dropNodes(s, { positions: { [id]: { x, y } } }) : null;
  }),
  fc.tuple(index, coordinate, coordinate).map(([n, x, y]): Step => (s) => {
    const id = pick(nodeIds(s), n);
    return id ? moveNodes(s, { positions: { [id]: { x, y } } }) : null;
  }),
  fc.tuple(index, fc.integer({ min: -100, max: 400 }), fc.integer({ min: -100, max: 400 }), fc.integer({ min: 0, max: 1400 }), fc.integer({ min: 0, max: 900 })).map(
    ([g, x, y, width, height]): Step =>
      (s) => {
        const group = pick(s.groups, g);
        return group ? resizeGroup(s, { id: group.id, x, y, width, height }) : null;
      },
  ),
  fc.tuple(index, index).map(([n, g]): Step => (s) => {
    const id = pick(nodeIds(s), n);
    const parent = pick([null, ...s.groups.map((group) => group.id)], g);
    return id && parent !== undefined ? reparent(s, { ids: [id], parentId: parent }) : null;
  }),
  fc.tuple(index, index).map(([a, b]): Step => (s) => {
    const ids = [pick(nodeIds(s), a), pick(nodeIds(s), b)].filter((id): id is string => id !== undefined);
    return duplicateElements(s, { ids });
  }),
  index.map((n): Step => (s) => {
    const id = pick(nodeIds(s), n);
    return id ? deleteElements(s, { ids: [id] }) : null;
  }),
];

describe('the containment invariant', () => {
  it('holds for the starting design', () => {
    expect(layoutViolations(example())).toEqual([]);
  });

  it('holds after every command of any sequence: no siblings overlap, every node inside its group', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(...steps), { minLength: 1, maxLength: 25 }), (sequence) => {
        let scenario = example();
        for (const step of sequence) {
          const result = step(scenario);
          if (!result?.ok) continue;
          scenario = result.scenario;
          expect(layoutViolations(scenario)).toEqual([]);
        }
      }),
      { numRuns: 200 },
    );
  });
});
