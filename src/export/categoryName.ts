const categoryNames: Record<string, string> = {
  dns: 'DNS',
  loadBalancing: 'Load balancing',
  compute: 'Compute',
  serverless: 'Serverless',
  cache: 'Caches',
  database: 'Databases',
  storage: 'Storage',
  cdn: 'CDN',
  queue: 'Queues',
  external: 'Third-party APIs',
  dataTransfer: 'Data transfer',
};

/** "loadBalancing" → "Load balancing" for categories this list does not know yet. */
const sentenceCase = (key: string) => {
  const words = key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
};

/** What a cost category is called where people read it: "loadBalancing" → "Load balancing". */
export const categoryName = (category: string): string => categoryNames[category] ?? sentenceCase(category);
