import { join } from 'node:path';
import { Command } from 'commander';
import { UsageError } from '../errors.ts';
import { buildApp } from '../server/app.ts';
import { dbOption, openExistingStore, runCommand } from './common.ts';

/** Default port: unlikely to clash with common development servers. */
const DEFAULT_PORT = 4300;
/** Loopback only by default: the API has no authentication. */
const DEFAULT_HOST = '127.0.0.1';
/** The built dashboard, relative to the project root (npm run build:web). */
const WEB_ROOT = join(import.meta.dirname, '../../web/dist');

/** `kroniek serve`: the REST API and the dashboard in one process, until interrupted. */
export function serveCommand(): Command {
  return new Command('serve')
    .description('serve the REST API (/api/, OpenAPI at /api/openapi.json) and the dashboard over a database')
    .addOption(dbOption())
    .option('--port <n>', 'port to listen on (0 picks a free one)', String(DEFAULT_PORT))
    .option('--host <addr>', 'address to listen on', DEFAULT_HOST)
    .addHelpText('after', '\nExamples:\n  kroniek serve\n  kroniek serve --db news.db --port 8080 --host 0.0.0.0')
    .action((flags: { db: string; port: string; host: string }) =>
      runCommand(async () => {
        const port = Number(flags.port);
        if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port takes a port number from 0 to 65535, not "${flags.port}"`);
        const store = openExistingStore(flags.db);
        const app = await buildApp(store, { dbPath: flags.db, webRoot: WEB_ROOT });
        await app.listen({ port, host: flags.host });
        const address = app.server.address();
        const bound = typeof address === 'object' && address ? address.port : port;
        const host = flags.host.includes(':') ? `[${flags.host}]` : flags.host;
        process.stdout.write(`Kroniek serves http://${host}:${bound}/ (API at /api/, OpenAPI at /api/openapi.json)\n`);
        const stop = async (): Promise<void> => {
          await app.close();
          await store.close();
        };
        process.once('SIGINT', () => void stop());
        process.once('SIGTERM', () => void stop());
      }),
    );
}
