import { createRandomStream } from '../random';
import { EventHeap } from './eventHeap';
import { Station } from './station';

/** What to simulate: one M/M/c station fed by Poisson arrivals. */
export interface MmcStationRun {
  servers: number;
  arrivalsPerSecond: number;
  serviceMs: number;
  /** Customers to serve; the first `warmUpCustomers` are not recorded (the station starts empty). */
  customers: number;
  warmUpCustomers: number;
  seed: number;
}

/** Response times (wait + service) of the recorded customers, in the order they started service. */
export interface MmcStationResult {
  responseMs: Float64Array;
  /** Events processed (arrivals + departures). */
  events: number;
}

const arrival = 0;
const departure = 1;

/**
 * The M/M/c reference model on the simulator's kernel (typed-array event heap, FIFO station, seeded
 * xoshiro128** streams: one for interarrival times, one for service times). Each customer's response
 * time is known when it starts service (its wait so far plus its drawn service time), so no per-customer
 * state is kept. Checked against Erlang C in `mmcStation.test.ts`; `npm run bench` times it.
 */
export function simulateMmcStation(run: MmcStationRun): MmcStationResult {
  const arrivals = createRandomStream(run.seed);
  const services = createRandomStream(run.seed ^ 0x5bd1e995);
  const meanGapMs = 1000 / run.arrivalsPerSecond;
  const serviceMs = run.serviceMs;
  const heap = new EventHeap(run.servers + 2);
  const station = new Station(run.servers);
  const responseMs = new Float64Array(Math.max(0, run.customers - run.warmUpCustomers));
  const warmUp = run.warmUpCustomers;
  let started = 0;
  let arrived = 0;
  let events = 0;
  /** A customer starts service after waiting `waitMs`: its response time is that plus the service time drawn now, which it returns. */
  const startService = (waitMs: number): number => {
    const serviceTimeMs = -serviceMs * Math.log(services.nextOpenUnit());
    if (started >= warmUp) responseMs[started - warmUp] = waitMs + serviceTimeMs;
    started += 1;
    return serviceTimeMs;
  };
  heap.push(-meanGapMs * Math.log(arrivals.nextOpenUnit()), arrival);
  // An event that schedules the next of its kind (an arrival the next arrival, a departure the next
  // customer's) puts it in its own place at the top of the heap (`replaceTop`): one sift, not two.
  while (heap.size > 0) {
    const now = heap.peekTime();
    events += 1;
    if (heap.peekPayload() === arrival) {
      arrived += 1;
      if (arrived < run.customers) heap.replaceTop(now - meanGapMs * Math.log(arrivals.nextOpenUnit()), arrival);
      else heap.pop();
      if (station.arrive(now, 0)) heap.push(now + startService(0), departure);
    } else if (station.depart(now) >= 0) heap.replaceTop(now + startService(station.startedWaitMs), departure);
    else heap.pop();
  }
  return { responseMs, events };
}
