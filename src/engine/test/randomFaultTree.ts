import fc from 'fast-check';
import { FaultTreeBuilder, type FaultTree } from '../availability/faultTree';

/** One gate of a random fault tree: at least `threshold` of `children` (indexes into the nodes made so far, wrapped). */
export type GateSpec = { threshold: number; children: number[] };

/** Random monotone fault trees over ≤ 8 variables: each gate picks children among earlier nodes. */
export const randomTree = fc
  .integer({ min: 2, max: 8 })
  .chain((variables) =>
    fc.record({
      variables: fc.constant(variables),
      q: fc.array(fc.double({ min: 1e-6, max: 0.5, noNaN: true }), { minLength: variables, maxLength: variables }),
      gates: fc.array(fc.record({ threshold: fc.integer({ min: 1, max: 4 }), children: fc.array(fc.nat(), { minLength: 1, maxLength: 5 }) }), { minLength: 1, maxLength: 10 }),
      order: fc.shuffledSubarray([...Array(variables).keys()], { minLength: variables, maxLength: variables }),
    }),
  );

/** The fault tree of `variables` variables and `gates`, its root the last gate (`gateNodes`: each gate's node, in order). */
export function buildRandomTree(variables: number, gates: GateSpec[]): { tree: FaultTree; root: number; gateNodes: number[] } {
  const builder = new FaultTreeBuilder();
  const nodes: number[] = [];
  for (let i = 0; i < variables; i += 1) nodes.push(builder.addVariable({ id: `v${i}`, kind: 'component', elementId: `v${i}`, atomic: true }));
  for (const gate of gates) {
    const children = gate.children.map((c) => nodes[c % nodes.length] as number);
    nodes.push(builder.atLeast(Math.min(gate.threshold, children.length), children));
  }
  return { tree: builder.build(), root: nodes[nodes.length - 1] as number, gateNodes: nodes.slice(variables) };
}
