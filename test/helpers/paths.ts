import { join, resolve } from 'node:path';

export const PROJECT_ROOT = resolve(import.meta.dirname, '../..');
export const SEEDS = join(PROJECT_ROOT, 'examples/seeds');
export const FIXTURES = join(PROJECT_ROOT, 'test/fixtures');
export const CLI = join(PROJECT_ROOT, 'bin/kroniek.js');
