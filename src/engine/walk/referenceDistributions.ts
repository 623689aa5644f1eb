import type { CallPlans } from '../compile/callPlans';
import type { CompiledModel } from '../compile/compiledModel';
import type { StationTable } from '../capacity/stations';
import { MomentAlgebra } from '../spectral/momentAlgebra';
import { populationDistribution, type PopulationDistributions } from '../spectral/populationDistribution';
import { populationGrid } from '../spectral/populationGrid';
import { SpectralAlgebra } from '../spectral/spectralAlgebra';
import { directRequestWalk } from './delayRunner';

/**
 * The population distributions by the direct method: walk every request with the request walk run directly (`directRequestWalk`), once in
 * moments (saturated paths, the widest support, hence the grid) and once in a fresh `SpectralAlgebra`,
 * building every intermediate distribution anew. It is the definition `LatencyProgramRunner` is checked
 * against (test/latencyProgram.test.ts) and the naive baseline of `npm run bench`; `evaluatePerformance`
 * does not use it.
 */
export function referenceDistributions(model: CompiledModel, plans: CallPlans, stations: StationTable): PopulationDistributions {
  const populations = model.topology.populationIds.length;
  const readFraction = model.parameters.readFraction;
  const classWeights = [readFraction, 1 - readFraction];
  const moments = new MomentAlgebra();
  const momentWalk = directRequestWalk(model, plans, stations, moments);
  const classParts = Array.from({ length: populations }, (_, p) => [momentWalk.population(p, 0), momentWalk.population(p, 1)]);
  const { saturated, ...grid } = populationGrid(moments, classParts, classWeights);
  const spectral = new SpectralAlgebra(grid.size, grid.stepMs, moments.operations + 4 * populations + 8);
  const spectralWalk = directRequestWalk(model, plans, stations, spectral);
  return saturated.map((isSaturated, p) => {
    if (isSaturated) return null;
    const kept = [0, 1].flatMap((k) => {
      const part = (classWeights[k] ?? 0) > 0 ? spectralWalk.population(p, k) : null;
      return part === null ? [] : [{ part, weight: classWeights[k] ?? 0 }];
    });
    return populationDistribution(spectral, kept.map((x) => x.weight), kept.map((x) => x.part));
  });
}
