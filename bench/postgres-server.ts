import { findServerBinaries, startThrowawayPostgres, type ThrowawayPostgres } from '../test/helpers/throwaway-postgres.ts';

/**
 * The server a benchmark measures PostgreSQL on: the given URL, else KRONIEK_BENCH_POSTGRES_URL
 * (both left running), else a throwaway server from Debian's binaries; null when there is none.
 */
export async function benchServer(url?: string): Promise<ThrowawayPostgres | null> {
  const given = url ?? process.env.KRONIEK_BENCH_POSTGRES_URL;
  if (given) return { url: given, stop: () => {} };
  const bin = findServerBinaries();
  return bin ? startThrowawayPostgres(bin) : null;
}
