import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { formatClassCode, newClass } from '../src/collab/credentials';
import { defaultRelayPort } from '../src/collab/relayUrl';
import { roomLinkUrl } from '../src/collab/roomLinks';
import { serveClassroom } from './serveClassroom';

const usage = `Usage:
  npx meridian classroom [--port ${defaultRelayPort}] [--host 0.0.0.0]   the app and the class relay on one address
  npx meridian relay     [--port ${defaultRelayPort}] [--host 127.0.0.1] the relay alone (for \`npm start\`, which proxies /relay to it)`;

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const appDir = fileURLToPath(new URL('../dist', import.meta.url));

/** The addresses other laptops on the network can reach, IPv4 first. */
function lanAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flat()
    .filter((net) => net && !net.internal && net.family === 'IPv4')
    .map((net) => net!.address);
}

function ensureBuilt(): void {
  if (existsSync(`${appDir}/index.html`)) return;
  console.log('Building the app (dist/ is missing; this takes a minute)…');
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: repoRoot, stdio: 'inherit' });
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command !== 'classroom' && command !== 'relay') {
    console.error(usage);
    return 1;
  }
  const { values } = parseArgs({ args: rest, options: { port: { type: 'string' }, host: { type: 'string' } } });
  const port = Number(values.port ?? process.env.MERIDIAN_RELAY_PORT ?? defaultRelayPort);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    console.error(`--port: "${values.port}" is not a port number (1–65535).\n${usage}`);
    return 1;
  }
  const withApp = command === 'classroom';
  const host = values.host ?? (withApp ? '0.0.0.0' : '127.0.0.1');
  if (withApp) ensureBuilt();
  const classroom = await serveClassroom({ port, host, appDir: withApp ? appDir : null });
  const shutDown = () => void classroom.close().then(() => process.exit(0));
  process.once('SIGINT', shutDown);
  process.once('SIGTERM', shutDown);

  if (!withApp) {
    console.log(`Meridian relay on ws://${host}:${port}/relay (Ctrl+C stops it; rooms live only while someone is in them).`);
    return 0;
  }
  const origins = (host === '0.0.0.0' ? [...lanAddresses(), '127.0.0.1'] : [host]).map((address) => `http://${address}:${port}/`);
  const teacherOrigin = origins[0] ?? `http://127.0.0.1:${port}/`;
  const { code, teacherSecret } = await newClass();
  console.log(`Meridian classroom is running (Ctrl+C stops it; the relay keeps nothing once a class ends).

  Students open:  ${origins.map((origin) => roomLinkUrl(origin, { kind: 'join', code })).join('\n                  ')}
  Class code:     ${formatClassCode(code)}

  Teacher's link (keep it to yourself; it controls the class):
                  ${roomLinkUrl(teacherOrigin, { kind: 'teach', teacherSecret })}

  Anyone can also open ${teacherOrigin} to work alone, or to start another class or a "Design together" link.`);
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
