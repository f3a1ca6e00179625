// Finds Chromium for the browser tests and the kiosk: CHROMIUM_PATH, else
// /usr/bin/chromium; as root on Debian it installs the `chromium` package itself.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export function findChromium({ install = true } = {}) {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
  for (const c of candidates) if (existsSync(c)) return c;
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (install && root && existsSync('/usr/bin/apt-get')) {
    console.log('Chromium not found: installing Debian\'s chromium package (apt-get install chromium)...');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
    if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  }
  console.error(
    'Chromium was not found.\n' +
      '  On Debian/Ubuntu:  sudo apt-get update && sudo apt-get install chromium\n' +
      '  Or point CHROMIUM_PATH at a Chromium or Chrome binary:  CHROMIUM_PATH=/path/to/chrome npm test',
  );
  process.exit(1);
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(findChromium());
