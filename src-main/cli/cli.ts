import { processIo } from './io';
import { runCli } from './run';

/**
 * Entry of the `instap` command: `npm run -s cli -- <opdracht> …` (tsx, no build step) or the
 * `instap` bin (bin/instap.js registers tsx and imports this file).
 */
process.exitCode = await runCli(process.argv.slice(2), processIo);
