import { rmSync } from 'node:fs';
import { buildDashboard } from './build-dashboard.ts';
import { launchChromium, type Chromium } from './chromium.ts';
import { startServer, type RunningServer } from './dashboard-server.ts';
import { seedDatabase } from './seed-database.ts';

/** A built dashboard, served on a free port over a database, and a browser to look at it. */
export interface DashboardHarness {
  /** `http://127.0.0.1:PORT/`; the dashboard's views are `${url}#/...`. */
  readonly url: string;
  readonly dbPath: string;
  readonly browser: Chromium;
  close(): Promise<void>;
}

export interface HarnessOptions {
  /** Serve this database instead of a fresh one with the seeds. */
  readonly dbPath?: string;
  /** Skip the vite build when web/dist is known to be current. */
  readonly build?: boolean;
  readonly viewport?: { width: number; height: number };
}

/**
 * Builds the dashboard, ingests the seeds into a temporary database (unless given one),
 * starts the server on port 0 and launches Chromium. The tests, `npm run screenshots` and the
 * dashboard bench share it, so all three see the same page.
 */
export async function startHarness(options: HarnessOptions = {}): Promise<DashboardHarness> {
  const cleanups: (() => Promise<void> | void)[] = [];
  const close = async (): Promise<void> => {
    while (cleanups.length > 0) await cleanups.pop()!();
  };
  try {
    const [, seeded] = await Promise.all([
      options.build === false ? Promise.resolve() : buildDashboard(),
      options.dbPath ? Promise.resolve(null) : seedDatabase(),
    ]);
    if (seeded) cleanups.push(() => rmSync(seeded.dir, { recursive: true, force: true }));
    const dbPath = options.dbPath ?? seeded!.dbPath;
    const server: RunningServer = await startServer(dbPath);
    cleanups.push(() => server.close());
    const browser = await launchChromium(options.viewport);
    cleanups.push(() => browser.close());
    return { url: server.url, dbPath, browser, close };
  } catch (error) {
    await close();
    throw error;
  }
}
