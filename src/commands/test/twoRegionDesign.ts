import { createBlankScenario, createClient, createComponent, createEdge, createGroup, type Scenario } from '../../model';

/**
 * The design of the two-region journey (e2e/specs/twoRegionJourney.spec.ts) as a document without a
 * layout: two AWS regions of two zones each, a load balancer per region, app servers in every zone
 * with a cache in the first zone and a database in the second, DNS and a CDN in front, users in
 * three places, and the two databases replicating across the regions.
 */
export function twoRegionDesign(): Scenario {
  const regions = [
    { key: 'eu', catalog: 'aws:eu-west-1', name: 'Europe (Ireland)' },
    { key: 'us', catalog: 'aws:us-east-1', name: 'US East (N. Virginia)' },
  ];
  const populations = [
    { id: 'users-eu', name: 'Users in Europe', regionId: 'aws:eu-west-1' },
    { id: 'users-us', name: 'Users in US East', regionId: 'aws:us-east-1' },
    { id: 'users-jp', name: 'Users in Japan', regionId: 'aws:ap-northeast-1' },
  ];
  const call = (from: string, to: string) => createEdge('call', `e-${from}-${to}`, from, to);
  return {
    ...createBlankScenario('two-region-journey', 'Two regions, two zones each'),
    clients: populations.map((p) => createClient(p.id, p.name, p.regionId, 1 / populations.length)),
    groups: [
      createGroup('provider', 'aws', 'AWS', null, 'aws'),
      ...regions.flatMap((r) => [
        createGroup('region', r.key, r.name, 'aws', r.catalog),
        ...['a', 'b'].map((z) => createGroup('zone', `${r.key}-${z}`, `${r.catalog.slice(4)}${z}`, r.key, `${r.catalog.slice(4)}${z}`)),
      ]),
    ],
    components: [
      createComponent('dns', 'dns', 'Route 53'),
      createComponent('cdn', 'cdn', 'CloudFront'),
      ...regions.flatMap((r) => [
        createComponent('loadBalancer', `lb-${r.key}`, `LB ${r.key}`, r.key),
        createComponent('compute', `app-${r.key}-a`, `App ${r.key} a`, `${r.key}-a`),
        createComponent('compute', `app-${r.key}-b`, `App ${r.key} b`, `${r.key}-b`),
        createComponent('cache', `cache-${r.key}`, `Cache ${r.key}`, `${r.key}-a`),
        createComponent('database', `db-${r.key}`, `DB ${r.key}`, `${r.key}-b`),
      ]),
    ],
    edges: [
      ...populations.flatMap((p) => [call(p.id, 'dns'), call(p.id, 'cdn')]),
      ...regions.flatMap((r) => [
        call('dns', `lb-${r.key}`),
        call('cdn', `lb-${r.key}`),
        ...['a', 'b'].flatMap((z) => [call(`lb-${r.key}`, `app-${r.key}-${z}`), call(`app-${r.key}-${z}`, `cache-${r.key}`), call(`app-${r.key}-${z}`, `db-${r.key}`)]),
      ]),
      createEdge('replication', 'e-db-eu-db-us', 'db-eu', 'db-us'),
    ],
  };
}
