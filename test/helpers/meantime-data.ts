import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from './paths.ts';

/** MEANTIME Dutch (CC BY 4.0): `../shared/data/meantime-nl` beside a checkout, or `$KRONIEK_MEANTIME_DIR`. */
export const MEANTIME_DIR = process.env.KRONIEK_MEANTIME_DIR ?? join(PROJECT_ROOT, '../shared/data/meantime-nl');

/** The folder when it holds the entity mentions, else null (CI has no shared data). */
export function meantimeDir(): string | null {
  return existsSync(join(MEANTIME_DIR, 'entities_mentions.json')) ? MEANTIME_DIR : null;
}
