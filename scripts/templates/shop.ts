import { createClient, createComponent, type Scenario } from '../../src/model';
import { awsProvider, awsRegion, base, call } from './parts';

// One online shop built two ways, with the same users, load, region, data and targets, and the same
// work per request, so that comparing the two files compares what distribution itself costs: hops,
// serialization and fan-out. The monolith spends 30 ms of CPU on a request (its default); the services
// split those 30 ms — a page read is storefront 5 + catalog 15 + cart 10, a checkout is storefront 5 +
// checkout 15 + cart 10 — and each spends 1 ms more on every request it serves to decode the call and
// encode its answer (an assumption: JSON over HTTP of a few kB), so 33 ms in all. Each design calls a
// database twice per request (the monolith its one database; a page the catalog and cart databases, a
// checkout the orders and cart databases) and the catalog reads through the cache as the monolith does.
// The monolith runs 4 VMs of 4 vCPUs, the services 2 containers of 2 vCPUs each (3 for the busiest,
// the catalog), two per service so that none is a single point of failure.

const zones = ['a', 'b'];
const orders = (id: string, name: string) => ({ ...createComponent('database', id, name, 'eu-west-1-a'), model: 'primaryReplica' as const, replicaGroupIds: ['eu-west-1-b'], replication: 'sync' as const });

function shopBase(): Pick<Scenario, 'workload' | 'clients' | 'groups' | 'recovery'> {
  return {
    workload: { requestsPerSecond: 300, readFraction: 0.9, payloadKbIn: 2, payloadKbOut: 30, peakFactor: 3 },
    clients: [createClient('users-eu', 'Users in Europe', 'aws:eu-west-2', 0.7), { ...createClient('users-us', 'Users in US East', 'aws:us-east-1', 0.3), access: 'mobile' }],
    groups: [awsProvider(), ...awsRegion('eu-west-1', 'eu-west-1', 'Europe (Ireland)', zones)],
    recovery: { strategy: 'backupRestore', backupIntervalMin: 60, pitr: true, restoreGbPerHour: 100, targets: { rtoSec: 3600, rpoSec: 300 } },
  };
}

const front = [createComponent('dns', 'dns', 'Route 53'), createComponent('loadBalancer', 'lb', 'Application LB', 'eu-west-1')];
const frontEdges = [call('e-eu-dns', 'users-eu', 'dns'), call('e-us-dns', 'users-us', 'dns'), call('e-dns-lb', 'dns', 'lb')];

/** The shop as one deployable: every module in one process, one database. */
export function shopMonolith(): Scenario {
  return {
    ...base('shop-monolith', 'Shop as a monolith', 'When to use: one team, one release train, a domain still changing shape. The whole shop (catalog, cart, checkout, payments) is one deployable on four VMs across two zones, with one cache and one Multi-AZ database. Compare it with "Shop as microservices".'),
    ...shopBase(),
    components: [
      ...front,
      { ...createComponent('monolith', 'shop', 'Shop monolith', 'eu-west-1'), instances: 4, minHealthy: 2, modules: ['catalog', 'cart', 'checkout', 'payments'] },
      createComponent('cache', 'cache', 'Redis', 'eu-west-1-a'),
      orders('db', 'Shop DB (primary a, standby b)'),
    ],
    edges: [...frontEdges, call('e-lb-shop', 'lb', 'shop'), call('e-shop-cache', 'shop', 'cache', { appliesTo: 'reads' }), call('e-shop-db', 'shop', 'db', { callsPerRequest: 2 })],
  };
}

/** The same shop split into services, each with its own data store, doing the monolith's work per request plus serialization. */
export function shopMicroservices(): Scenario {
  const serializationMs = 1;
  const service = (id: string, name: string, instances: number, workMs: number) => ({
    ...createComponent('compute', id, name, 'eu-west-1'),
    flavor: 'container' as const,
    instances,
    minHealthy: 1,
    serviceTimeMs: workMs + serializationMs,
  });
  return {
    ...base('shop-microservices', 'Shop as microservices', 'When to use: several teams that must release independently, parts of the shop that scale differently. The same shop, doing the same work per request, split into a storefront and catalog, cart and checkout services (containers across two zones), each owning its data; each call between them costs a network hop and 1 ms of serialization. Compare it with "Shop as a monolith".'),
    ...shopBase(),
    components: [
      ...front,
      service('storefront', 'Storefront (BFF)', 2, 5),
      service('catalog', 'Catalog service', 3, 15),
      service('cart', 'Cart service', 2, 10),
      service('checkout', 'Checkout service', 2, 15),
      createComponent('cache', 'catalog-cache', 'Catalog cache (Redis)', 'eu-west-1-a'),
      orders('catalog-db', 'Catalog DB'),
      orders('cart-db', 'Cart DB'),
      orders('orders-db', 'Orders DB'),
    ],
    edges: [
      ...frontEdges,
      call('e-lb-storefront', 'lb', 'storefront'),
      // A page fans out to the catalog and the cart at once; a checkout goes through the checkout service, which updates the cart.
      call('e-sf-catalog', 'storefront', 'catalog', { appliesTo: 'reads', parallelGroup: 'page' }),
      call('e-sf-cart', 'storefront', 'cart', { appliesTo: 'reads', parallelGroup: 'page' }),
      call('e-sf-checkout', 'storefront', 'checkout', { appliesTo: 'writes' }),
      call('e-catalog-cache', 'catalog', 'catalog-cache'),
      call('e-catalog-db', 'catalog', 'catalog-db'),
      call('e-cart-db', 'cart', 'cart-db'),
      call('e-checkout-db', 'checkout', 'orders-db'),
      call('e-checkout-cart', 'checkout', 'cart'),
    ],
  };
}
