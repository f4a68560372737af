import { buildApp } from '../../../src/server/app.ts';
import { SqliteStore } from '../../../src/store/sqlite/sqlite-store.ts';
import { WEB_DIST } from './build-dashboard.ts';

/** A server listening on loopback; `close()` stops it and closes its store. */
export interface RunningServer {
  /** `http://127.0.0.1:PORT/` */
  readonly url: string;
  close(): Promise<void>;
}

/**
 * The real app (`buildApp`, as `kroniek serve` runs it) over `dbPath`, serving the built
 * dashboard from web/dist/, on a free port of 127.0.0.1.
 */
export async function startServer(dbPath: string): Promise<RunningServer> {
  const store = new SqliteStore(dbPath);
  const app = await buildApp(store, { dbPath, webRoot: WEB_DIST });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/`,
    async close() {
      await app.close();
      await store.close();
    },
  };
}
