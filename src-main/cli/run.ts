import { appVersion } from '../app-version';
import type { Io } from './io';
import { quote, UsageError } from './options';
import { usage } from './usage';

type Command = (args: string[], io: Io) => Promise<number>;

/** Loaded on demand: only `infographic` needs pdfmake, which takes a while to load. */
const commands: Record<string, () => Promise<Command>> = {
  figures: async () => (await import('./figures-command')).figuresCommand,
  infographic: async () => (await import('./infographic-command')).infographicCommand,
  validate: async () => (await import('./validate-command')).validateCommand,
};

/**
 * The `instap` command: returns the exit code (0 done, 1 bad or unreadable input, 2 wrong use).
 * Prints no personal data: exchange files hold none, and messages name files, refs and fields.
 */
export async function runCli(argv: readonly string[], io: Io): Promise<number> {
  const [command, ...args] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    io.out(usage);
    return 0;
  }
  if (command === '--version') {
    io.out(`Instap ${appVersion}\n`);
    return 0;
  }
  const load = Object.hasOwn(commands, command) ? commands[command] : undefined;
  try {
    if (load === undefined) {
      throw new UsageError(
        command.startsWith('-')
          ? `Onbekende optie ${quote(command)}. Zie: instap --help`
          : `Onbekende opdracht ${quote(command)}; kies figures, infographic of validate. Zie: instap --help`,
      );
    }
    return await (
      await load()
    )(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`${error.message}\n`);
      return 2;
    }
    // Only the kind of error: its message could quote file contents.
    io.err(
      `Er ging iets mis in Instap (${error instanceof Error ? error.name : 'onbekende fout'}).\n`,
    );
    return 1;
  }
}
