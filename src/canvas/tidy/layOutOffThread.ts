import { wrap, type Remote } from 'comlink';
import type { ElkNode } from 'elkjs/lib/elk-api';

interface LayoutWorkerApi {
  layout(graph: ElkNode): Promise<ElkNode>;
}

let remote: Remote<LayoutWorkerApi> | null = null;

/** Runs ELK in a worker, started the first time a layout is asked for (most sessions never ask). */
export function layOutOffThread(graph: ElkNode): Promise<ElkNode> {
  remote ??= wrap<LayoutWorkerApi>(new Worker(new URL('../../worker/layout.worker.ts', import.meta.url), { type: 'module', name: 'meridian-layout' }));
  return remote.layout(graph);
}
