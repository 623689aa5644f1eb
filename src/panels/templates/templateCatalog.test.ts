import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findTemplate, templateCatalog } from './templateCatalog';

const templatesDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'templates');

describe('template gallery catalog', () => {
  it('offers every file of templates/, monoliths first and the shop pair last', () => {
    expect(templateCatalog).toHaveLength(readdirSync(templatesDir).filter((f) => f.endsWith('.json')).length);
    expect(templateCatalog[0]?.scenario.id).toBe('monolith-one-vm');
    expect(templateCatalog.slice(-2).map((t) => t.scenario.id)).toEqual(['shop-monolith', 'shop-microservices']);
  });

  it('pairs each counterpart with a template that exists', () => {
    for (const entry of templateCatalog) if (entry.counterpartId !== null) expect(findTemplate(entry.counterpartId)).toBeDefined();
    expect(findTemplate('shop-monolith')?.counterpartId).toBe('shop-microservices');
  });
});
