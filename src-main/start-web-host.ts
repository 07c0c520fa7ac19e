import path from 'node:path';
import { defaultDataFolder } from './files/data-folder';
import { openInBrowser } from './open-in-browser';
import { DEFAULT_PORT, startWebHost } from './web-host';

/**
 * `npm run web` (and `npm start` without Electron): the web host as a program, options from the
 * command line or the environment. It prints the one-time address that lets a browser in, and
 * opens it unless `--no-browser` (or INSTAP_NO_BROWSER=1) says not to (tests, servers).
 */
function argument(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

async function main(): Promise<void> {
  const port = Number(argument('--port') ?? process.env.INSTAP_PORT ?? DEFAULT_PORT);
  const dataFolder = path.resolve(
    argument('--data-dir') ?? process.env.INSTAP_DATA_DIR ?? path.join(defaultDataFolder(), 'web'),
  );
  const openBrowser = !process.argv.includes('--no-browser') && !process.env.INSTAP_NO_BROWSER;
  const rendererFolder = path.join(__dirname, '..', 'renderer');
  try {
    const host = await startWebHost({
      port,
      dataFolder,
      rendererFolder,
      onLaunchAddressUsed: (next) =>
        process.stdout.write(
          `Instap is geopend in een browser. Voor nog een browser of na het sluiten ervan: ${next} (werkt één keer)\n`,
        ),
    });
    process.stdout.write(
      `Instap draait. Open Instap in de browser met dit adres (het werkt één keer):\n\n    ${host.launchAddress()}\n\n` +
        'Stoppen: Ctrl+C. Na een herstart van Instap staat hier een nieuw adres.\n',
    );
    if (openBrowser) await openInBrowser(host.launchAddress(), dataFolder);
  } catch (error) {
    const inUse = (error as NodeJS.ErrnoException).code === 'EADDRINUSE';
    process.stderr.write(
      inUse
        ? `Poort ${port} is al in gebruik. Kies een andere met --port of INSTAP_PORT.\n`
        : 'De webhost kon niet starten.\n',
    );
    process.exitCode = 1;
  }
}

void main();
