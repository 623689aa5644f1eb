import type { CompiledModel } from '../compile/compiledModel';
import { contextSite } from '../compile/requestContext';
import { routeWeights } from '../compile/routeWeights';
import type { StationTable } from '../capacity/stations';
import {
  parameterArrays,
  scalarAffine,
  scalarComplement,
  scalarKeep,
  scalarLiteral,
  scalarMiss,
  scalarParameter,
  scalarRoute,
  scalarStation,
  type ParameterArray,
  type RouteGroup,
  type ScalarReads,
  type ScalarTable,
} from './latencyProgram';
import { stationScalarCount, writeStationScalars } from './stationScalars';

/** Collects the scalar inputs of a program while it is compiled; identical inputs share one entry. */
export class ScalarRegistry {
  private readonly kind: number[] = [];
  private readonly array: number[] = [];
  private readonly index: number[] = [];
  private readonly literalValue: number[] = [];
  private readonly scale: number[] = [];
  /** Caches of the `scalarMiss` scalars, one after the other, and where each scalar's list ends (CSR). */
  private readonly listItems: number[] = [];
  private readonly listEnd: number[] = [];
  private readonly routeGroups: RouteGroup[] = [];
  private readonly byKey = new Map<string, number>();

  /** Scalars reading one array element, by (kind · 64 + array) then element index. */
  private readonly byElement: number[][] = [];
  private readonly byLiteral = new Map<number, number>();

  /** A scalar reading element `index` of an array (`kind` being a parameter, its complement or its keep). */
  private element(kind: number, array: number, index: number): number {
    const row = (this.byElement[kind * 64 + array] ??= []);
    const existing = row[index];
    if (existing !== undefined) return existing;
    const id = this.push(kind, array, index, 0, 1);
    row[index] = id;
    return id;
  }

  private add(kind: number, array: number, index: number, literal: number, scale: number, list?: readonly number[]): number {
    const key = `${kind}:${array}:${index}:${literal}:${scale}:${list?.join(',') ?? ''}`;
    const existing = this.byKey.get(key);
    if (existing !== undefined) return existing;
    const id = this.push(kind, array, index, literal, scale, list);
    this.byKey.set(key, id);
    return id;
  }

  private push(kind: number, array: number, index: number, literal: number, scale: number, list?: readonly number[]): number {
    this.kind.push(kind);
    this.array.push(array);
    this.index.push(index);
    this.literalValue.push(literal);
    this.scale.push(scale);
    if (list) for (const item of list) this.listItems.push(item);
    this.listEnd.push(this.listItems.length);
    return this.kind.length - 1;
  }

  literal(value: number): number {
    const existing = this.byLiteral.get(value);
    if (existing !== undefined) return existing;
    const id = this.push(scalarLiteral, 0, 0, value, 1);
    this.byLiteral.set(value, id);
    return id;
  }

  parameter(name: ParameterArray, index: number): number {
    return this.element(scalarParameter, parameterArrays.indexOf(name), index);
  }

  /** 1 − parameters[name][index]. */
  complement(name: ParameterArray, index: number): number {
    return this.element(scalarComplement, parameterArrays.indexOf(name), index);
  }

  /** 1 − (1 − parameters[name][index]). */
  keep(name: ParameterArray, index: number): number {
    return this.element(scalarKeep, parameterArrays.indexOf(name), index);
  }

  /** scale · (parameters[name][index] + offset). */
  affine(name: ParameterArray, index: number, offset: number, scale: number): number {
    return this.add(scalarAffine, parameterArrays.indexOf(name), index, offset, scale);
  }

  /** Π (1 − hitRatio[c]) over `caches`, in order. */
  miss(caches: readonly number[]): number {
    return caches.length === 0 ? this.literal(1) : this.add(scalarMiss, 0, 0, 0, 1, caches);
  }

  /** The `stationScalarCount` consecutive scalars of station s (see `writeStationScalars`). */
  station(s: number): number {
    const first = this.kind.length;
    for (let position = 0; position < stationScalarCount; position += 1) this.push(scalarStation, position, s, 0, 1);
    return first;
  }

  /** Consecutive scalars holding the weight of each of `edges` when `router` routes from `context`. */
  route(router: number, edges: readonly number[], context: number): number {
    const key = `route:${router}:${context}:${edges.join(',')}`;
    const existing = this.byKey.get(key);
    if (existing !== undefined) return existing;
    const group = this.routeGroups.length;
    const firstScalar = this.kind.length;
    edges.forEach((_, i) => this.push(scalarRoute, 0, group, i, 1));
    this.routeGroups.push({ router, edges: [...edges], context, firstScalar });
    this.byKey.set(key, firstScalar);
    return firstScalar;
  }

  table(): ScalarTable {
    const listStart = new Int32Array(this.listEnd.length + 1);
    listStart.set(this.listEnd, 1);
    const parameterReads = parameterArrays.map(() => [] as number[]);
    const stationFirsts: number[] = [];
    const others: number[] = [];
    this.kind.forEach((kind, i) => {
      if (kind === scalarParameter) parameterReads[this.array[i] ?? 0]?.push(i);
      else if (kind === scalarStation) {
        if (this.array[i] === 0) stationFirsts.push(i);
      }
      else if (kind !== scalarRoute) others.push(i);
    });
    const reads = (scalars: number[]): ScalarReads => ({ scalars: Int32Array.from(scalars), indices: Int32Array.from(scalars, (i) => this.index[i] ?? 0) });
    return {
      parameterReads: parameterReads.map(reads),
      stationReads: reads(stationFirsts),
      others: Int32Array.from(others),
      count: this.kind.length,
      kind: Uint8Array.from(this.kind),
      array: Uint8Array.from(this.array),
      index: Int32Array.from(this.index),
      literal: Float64Array.from(this.literalValue),
      scale: Float64Array.from(this.scale),
      listStart,
      listItems: Int32Array.from(this.listItems),
      routeGroups: this.routeGroups,
    };
  }
}

/** Current value of every scalar input of `table`, into `out`, from the model's parameters and the stations at this load. */
export function readScalars(table: ScalarTable, model: CompiledModel, stations: StationTable, out: Float64Array): void {
  const p = model.parameters;
  table.parameterReads.forEach((reads, a) => {
    const values = p[parameterArrays[a] ?? 'serviceMs'];
    for (let j = 0; j < reads.scalars.length; j += 1) out[reads.scalars[j]!] = values[reads.indices[j]!]!;
  });
  const stationReads = table.stationReads;
  for (let j = 0; j < stationReads.scalars.length; j += 1) writeStationScalars(stations, stationReads.indices[j]!, out, stationReads.scalars[j]!);
  const { kind, array, index, literal, scale, listStart, listItems } = table;
  for (let j = 0; j < table.others.length; j += 1) {
    const i = table.others[j]!;
    const values = p[parameterArrays[array[i] ?? 0] ?? 'serviceMs'];
    const at = index[i] ?? 0;
    switch (kind[i]) {
      case scalarLiteral:
        out[i] = literal[i] ?? 0;
        break;
      case scalarComplement:
        out[i] = 1 - (values[at] ?? 0);
        break;
      case scalarKeep:
        out[i] = 1 - (1 - (values[at] ?? 0));
        break;
      case scalarAffine:
        out[i] = (scale[i] ?? 1) * ((values[at] ?? 0) + (literal[i] ?? 0));
        break;
      case scalarMiss: {
        let miss = 1;
        for (let k = listStart[i] ?? 0; k < (listStart[i + 1] ?? 0); k += 1) miss *= 1 - (p.hitRatio[listItems[k] ?? 0] ?? 0);
        out[i] = miss;
        break;
      }
      default:
        throw new RangeError(`latency program: scalar ${i} has no reader`);
    }
  }
  for (const group of table.routeGroups) {
    const weights = routeWeights(model, group.router, group.edges, contextSite(model.topology, group.context));
    for (let j = 0; j < group.edges.length; j += 1) out[group.firstScalar + j] = weights[j] ?? 0;
  }
}
