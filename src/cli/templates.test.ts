import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../engine';
import { parseScenario } from '../model';
import { runMeridian } from './meridian';

const templates = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'templates');
const files = readdirSync(templates).filter((file) => file.endsWith('.json'));

describe('meridian evaluate on every template', () => {
  it.each(files)('%s: exit 0, and the JSON report is the engine’s', async (file) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runMeridian(['evaluate', join(templates, file), '--json'], (text) => out.push(text), (text) => err.push(text));
    expect(err).toEqual([]);
    expect(code).toBe(0);
    const parsed = parseScenario(readFileSync(join(templates, file), 'utf8'));
    if (!parsed.ok) throw new Error(`${file} is invalid`);
    expect(JSON.parse(out.join('\n'))).toEqual(JSON.parse(JSON.stringify(evaluate(parsed.scenario))));
  });
});
