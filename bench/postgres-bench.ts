// npm run bench:postgres [-- --url postgres://user@host/db] [--articles 300] [--documents 2000]:
// the PostgreSQL path against SQLite (bench/postgres-paths.ts). Without --url (or
// KRONIEK_BENCH_POSTGRES_URL) a throwaway server is started from Debian's binaries.
// `npm run bench` runs the same measurement as its last part.
import { parseArgs } from 'node:util';
import { benchPostgres, formatPostgresBench } from './postgres-paths.ts';
import { benchServer } from './postgres-server.ts';

const { values } = parseArgs({ options: { url: { type: 'string' }, articles: { type: 'string', default: '300' }, documents: { type: 'string', default: '2000' } } });
const server = await benchServer(values.url);
if (!server) throw new Error('no PostgreSQL: pass --url postgres://user@host/db, or apt-get install -y postgresql for a throwaway server');
try {
  console.log(formatPostgresBench(await benchPostgres(server.url, { articles: Number(values.articles), documents: Number(values.documents) })));
} finally {
  server.stop();
}
