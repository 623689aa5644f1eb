import type { CompiledModel } from '../compile/compiledModel';
import type { ParameterArray } from '../program/latencyProgram';

/**
 * The scalar methods of a `WalkRunner` that runs on numbers (`DelayRunner`, `SimulationRunner`): each
 * scalar is its value, read from the model's parameters, with the arithmetic the latency program's
 * scalar inputs use (`readScalars`), so all runners see the same numbers.
 */
export class ParameterValues {
  constructor(protected readonly model: CompiledModel) {}

  literal(value: number): number {
    return value;
  }

  parameter(name: ParameterArray, index: number): number {
    return this.model.parameters[name][index] ?? 0;
  }

  complement(name: ParameterArray, index: number): number {
    return 1 - this.parameter(name, index);
  }

  keep(name: ParameterArray, index: number): number {
    return 1 - (1 - this.parameter(name, index));
  }

  affine(name: ParameterArray, index: number, offset: number, scale: number): number {
    return scale * (this.parameter(name, index) + offset);
  }

  miss(caches: readonly number[]): number {
    let miss = 1;
    for (const cache of caches) miss *= 1 - this.parameter('hitRatio', cache);
    return miss;
  }
}
