// Playwright cannot download its own browser on our machines, so e2e runs on Debian's chromium; the
// printed-report e2e reads the PDF with poppler's pdfinfo and pdftotext. This installs what is missing
// (as root, or via sudo, with apt-get) and fails with a clear message otherwise.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const tools = [
  { path: chromiumPath, debianPackage: 'chromium', what: 'Chromium' },
  { path: '/usr/bin/pdftotext', debianPackage: 'poppler-utils', what: "poppler's pdfinfo and pdftotext" },
];

const missing = tools.filter((tool) => !existsSync(tool.path));
if (missing.length > 0) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const sudo = isRoot ? '' : 'sudo ';
  const packages = missing.map((tool) => tool.debianPackage).join(' ');
  console.log(`[meridian] ${missing.map((tool) => tool.path).join(', ')} not found: installing ${packages} with apt-get…`);
  try {
    execSync(`${sudo}apt-get update -qq && ${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${packages}`, {
      stdio: 'inherit',
    });
  } catch {
    console.error(
      `[meridian] Could not install ${missing.map((tool) => tool.what).join(' and ')}. Install ${packages} yourself (apt-get install -y ${packages})` +
        `${missing.some((tool) => tool.debianPackage === 'chromium') ? ' or set CHROMIUM_PATH to a Chromium binary' : ''}, then run the tests again.`,
    );
    process.exit(1);
  }
}
