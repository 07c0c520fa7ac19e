import path from 'node:path';
import { defaultDataFolder } from './files/data-folder';
import { DEFAULT_PORT, startWebHost } from './web-host';

/** `npm run web`: the web host as a program, options from the command line or the environment. */
function argument(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

async function main(): Promise<void> {
  const port = Number(argument('--port') ?? process.env.INSTAP_PORT ?? DEFAULT_PORT);
  const dataFolder = path.resolve(
    argument('--data-dir') ?? process.env.INSTAP_DATA_DIR ?? path.join(defaultDataFolder(), 'web'),
  );
  const rendererFolder = path.join(__dirname, '..', 'renderer');
  try {
    const host = await startWebHost({ port, dataFolder, rendererFolder });
    process.stdout.write(`Instap draait op ${host.url} (stoppen: Ctrl+C)\n`);
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
