// Playwright cannot download its own browser on our machines, so e2e runs on Debian's chromium.
// This installs it when missing (as root, via apt-get) and fails with a clear message otherwise.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

if (!existsSync(chromiumPath)) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const sudo = isRoot ? '' : 'sudo ';
  console.log(`[meridian] ${chromiumPath} not found: installing Debian's chromium with apt-get…`);
  try {
    execSync(`${sudo}apt-get update -qq && ${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium`, {
      stdio: 'inherit',
    });
  } catch {
    console.error(
      `[meridian] Could not install chromium. Install it yourself (apt-get install -y chromium) ` +
        `or set CHROMIUM_PATH to a Chromium binary, then run the tests again.`,
    );
    process.exit(1);
  }
}
