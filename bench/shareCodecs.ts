// Share-link codecs side by side: link characters for lz-string (the first links) and for
// deflate-raw + base64url (CompressionStream, no library), on every template and on generated
// 30-, 60- and 100-component designs laid out as the canvas would lay them out.
import { readdirSync, readFileSync } from 'node:fs';
import LZString from 'lz-string';
import { autoLayout } from '../src/commands';
import type { Scenario } from '../src/model';
import { bytesToBase64Url } from '../src/share/base64url';
import { deflateRaw } from '../src/share/deflateRaw';
import { formatBenchRows } from './formatBenchRows';
import { syntheticScenario } from './syntheticScenario';

const templates = readdirSync('templates')
  .filter((file) => file.endsWith('.json'))
  .map((file) => JSON.parse(readFileSync(`templates/${file}`, 'utf8')) as Scenario);
const generated = [30, 60, 100].map((size) => {
  const scenario = syntheticScenario(size, 7);
  return { ...scenario, layout: autoLayout(scenario) };
});

const rows = [['design', 'components', 'JSON chars', 'lz-string', 'deflate-raw+b64url', 'deflate / lz']];
for (const scenario of [...templates, ...generated]) {
  const json = JSON.stringify(scenario);
  const lz = LZString.compressToEncodedURIComponent(json).length;
  const deflate = bytesToBase64Url(await deflateRaw(json)).length;
  rows.push([scenario.name, String(scenario.components.length), String(json.length), String(lz), String(deflate), `${((deflate / lz) * 100).toFixed(0)} %`]);
}
console.log('Share link payload, characters after "#s=" (lower is better)');
console.log(formatBenchRows(rows));
