import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from './paths.ts';

/**
 * The UD Dutch dev files live outside the project (their licence and size keep them out of
 * the repository): `../shared/data/ud-dutch` beside a checkout, as on CI, or `$KRONIEK_UD_DIR`.
 */
export const UD_DIR = process.env.KRONIEK_UD_DIR ?? join(PROJECT_ROOT, '../shared/data/ud-dutch');

export function udFile(name: string): string | null {
  const path = join(UD_DIR, name);
  return existsSync(path) ? path : null;
}

/** The CoNLL-2002 Dutch NER files: `../shared/data/conll2002-nl` beside a checkout, or `$KRONIEK_CONLL_DIR`. */
export const CONLL_DIR = process.env.KRONIEK_CONLL_DIR ?? join(PROJECT_ROOT, '../shared/data/conll2002-nl');

export function conllFile(name: string): string | null {
  const path = join(CONLL_DIR, name);
  return existsSync(path) ? path : null;
}
