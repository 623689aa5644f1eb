import { expose } from 'comlink';
import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkNode } from 'elkjs/lib/elk-api';

const elk = new ELK();

/** ELK in its own thread: a large design takes long enough to lay out to freeze the editor otherwise. */
expose({ layout: (graph: ElkNode) => elk.layout(graph) });
