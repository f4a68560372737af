import { join } from 'node:path';
import { build } from 'vite';
import { PROJECT_ROOT } from '../../helpers/paths.ts';

/** The dashboard's vite config and where `kroniek serve` looks for the built files. */
export const VITE_CONFIG = join(PROJECT_ROOT, 'web/vite.config.ts');
export const WEB_DIST = join(PROJECT_ROOT, 'web/dist');

/**
 * Builds the dashboard once with vite's own `build()` (the same build as `npm run build:web`)
 * into web/dist/, where the server serves it from.
 */
export async function buildDashboard(): Promise<string> {
  await build({ configFile: VITE_CONFIG, logLevel: 'warn', build: { outDir: WEB_DIST, emptyOutDir: true } });
  return WEB_DIST;
}
