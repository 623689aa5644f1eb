import type { ClientPopulation } from '../model';

/**
 * Shares of traffic always sum to 1 (the schema refuses a document where they do not: a sum of 2
 * doubled the cost but not the latency). When one population's share is set, the others take up
 * what it leaves, in proportion to their shares (equally if they all had none); with `setId`
 * omitted (after a deletion), every share is scaled so the sum is 1 again. A lone population sends
 * all the traffic.
 */
export function rebalanceClientShares(clients: readonly ClientPopulation[], setId?: string): ClientPopulation[] {
  if (clients.length === 0) return [...clients];
  const set = clients.find((client) => client.id === setId);
  const others = clients.filter((client) => client !== set);
  if (others.length === 0) return clients.map((client) => ({ ...client, share: 1 }));
  const left = set ? Math.max(0, 1 - Math.min(1, set.share)) : 1;
  const othersSum = others.reduce((sum, client) => sum + client.share, 0);
  const shareOf = (client: ClientPopulation) => (othersSum > 0 ? (client.share / othersSum) * left : left / others.length);
  return clients.map((client) => (client === set ? client : { ...client, share: shareOf(client) }));
}
