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

/** Shares are rounded to 0.1 % so the inspector shows "33.3", not "33.3333333333". */
const roundShare = (share: number) => Math.round(share * 1000) / 1000;

/**
 * The shares once a population joins `clients`: the newcomer gets an equal part, 1 / (n + 1), and the
 * others give it up in proportion to their shares (equal shares stay equal: three populations the app
 * shared get a third each; shares a person set keep their ratios). The others' shares are rounded to
 * 0.1 % and the newcomer takes the rounding, so the shares still sum to 1.
 */
export function sharesWithNewcomer(clients: readonly ClientPopulation[]): { clients: ClientPopulation[]; newcomerShare: number } {
  const othersSum = clients.reduce((sum, client) => sum + client.share, 0);
  if (clients.length === 0 || !(othersSum > 0)) return { clients: [...clients], newcomerShare: 1 };
  const keep = clients.length / (clients.length + 1);
  const rescaled = clients.map((client) => ({ ...client, share: roundShare((client.share / othersSum) * keep) }));
  return { clients: rescaled, newcomerShare: Math.max(0, 1 - rescaled.reduce((sum, client) => sum + client.share, 0)) };
}
