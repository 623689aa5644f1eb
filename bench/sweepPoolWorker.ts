// A pool worker of the sweep benchmark: the app's engine host (what `engine.worker.ts` exposes to
// the browser), exposed over a Node worker thread's port instead, with its sweep calls logged.
import { expose } from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import { parentPort } from 'node:worker_threads';
import { createEngineHost } from '../src/worker/engineHost';
import { loggedSweepHost } from './sweepTimeline';

if (!parentPort) throw new Error('sweepPoolWorker runs as a worker thread');
expose(loggedSweepHost(createEngineHost()), nodeEndpoint(parentPort));
