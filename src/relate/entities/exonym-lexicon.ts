import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { demonymForms, loadDemonymTable, type DemonymRow } from './demonym-table.ts';
import { inflectAdjective } from './dutch-adjective.ts';
import { parseExonymTable, type ExonymRow, type ExonymType } from './exonym-table.ts';
import { nameWords } from './fold-name.ts';

/** The shipped table of Dutch exonyms, variants and demonyms (built by scripts/build-exonyms.ts). */
export const EXONYM_TABLE = new URL('../../../data/exonyms-nl.tsv', import.meta.url);

/** A country, capital, region or organisation the lexicon knows. */
export interface ExonymEntry {
  readonly id: string;
  readonly type: ExonymType;
  /** Its Dutch display name: Wit-Rusland, Navo, Europese Unie. */
  readonly name: string;
}

/** Articles a name may carry in running text (het Kremlin, de Navo) that the table leaves out. */
const LEADING_ARTICLES = new Set(['de', 'het', 'the']);
/** Where the display name comes from when no row is `preferred`: CLDR's Dutch name first. */
const PREFERRED_SOURCE = 'cldr-nl';

/**
 * Dutch exonyms and common variants (Wit-Rusland = Belarus = Republiek Belarus = Biélorussie;
 * Navo = NAVO = NATO), and demonyms that point to their place (Wit-Russisch, Wit-Russische,
 * Wit-Russen -> Wit-Rusland). Look-ups fold case, diacritics, hyphens and a leading article. A
 * form two entries claim is ambiguous and finds nothing: a wrong link is worse than none.
 */
export class ExonymLexicon {
  private readonly entries = new Map<string, ExonymEntry>();
  private readonly names = new Map<string, string | null>();
  private readonly demonyms = new Map<string, string | null>();

  /**
   * `demonyms` (data/demonyms-nl.txt) add the adjectives and inhabitant names of every place
   * the rows name; the table's own `adjective` and `inhabitant` rows add variants beyond them.
   */
  constructor(rows: readonly ExonymRow[], demonyms: readonly DemonymRow[] = []) {
    const display = new Map<string, { name: string; rank: number }>();
    for (const row of rows) {
      const rank = row.kind === 'preferred' ? 0 : row.kind === 'name' ? (row.source === PREFERRED_SOURCE ? 1 : 2) : 3;
      const best = display.get(row.id);
      if (!best || rank < best.rank) display.set(row.id, { name: row.name, rank });
      if (row.kind === 'preferred' || row.kind === 'name') claim(this.names, lookupForm(row.name), row.id);
      else if (row.kind === 'inhabitant') claim(this.demonyms, lookupForm(row.name), row.id);
      else {
        claim(this.demonyms, lookupForm(row.name), row.id);
        claim(this.demonyms, lookupForm(inflectAdjective(row.name)), row.id);
      }
    }
    for (const row of demonyms) {
      const id = row.place === null ? undefined : this.names.get(lookupForm(row.place));
      if (id) for (const form of demonymForms(row)) claim(this.demonyms, lookupForm(form), id);
    }
    for (const row of rows) {
      if (!this.entries.has(row.id)) this.entries.set(row.id, { id: row.id, type: row.type, name: display.get(row.id)!.name });
    }
  }

  /** The entry a name names (`Belarus`, `het Kremlin`), or null. */
  name(text: string): ExonymEntry | null {
    return this.find(this.names, text);
  }

  /** The place an adjective or inhabitant name points to (`Wit-Russische` -> Wit-Rusland), or null. */
  demonym(text: string): ExonymEntry | null {
    return this.find(this.demonyms, text);
  }

  entry(id: string): ExonymEntry | null {
    return this.entries.get(id) ?? null;
  }

  get size(): number {
    return this.entries.size;
  }

  private find(forms: ReadonlyMap<string, string | null>, text: string): ExonymEntry | null {
    const id = forms.get(lookupForm(text));
    return id ? this.entries.get(id)! : null;
  }
}

/** How the lexicon compares names: folded words, without a leading article. */
export function lookupForm(text: string): string {
  const words = nameWords(text);
  if (words.length > 1 && LEADING_ARTICLES.has(words[0]!)) words.shift();
  return words.join(' ');
}

function claim(forms: Map<string, string | null>, form: string, id: string): void {
  if (!form) return;
  const holder = forms.get(form);
  if (holder === undefined) forms.set(form, id);
  else if (holder !== id) forms.set(form, null);
}

let shipped: ExonymLexicon | undefined;

/** The lexicon from `data/exonyms-nl.tsv` (or another table), read once per process. */
export function loadExonymLexicon(table: URL | string = EXONYM_TABLE): ExonymLexicon {
  const isDefault = table === EXONYM_TABLE;
  if (isDefault && shipped) return shipped;
  const path = table instanceof URL ? fileURLToPath(table) : table;
  const lexicon = new ExonymLexicon(parseExonymTable(readFileSync(path, 'utf8'), path), loadDemonymTable());
  if (isDefault) shipped = lexicon;
  return lexicon;
}
