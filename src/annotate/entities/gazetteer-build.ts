import { tokenize } from '../tokens/tokenizer.ts';
import { foldWord, GAZETTEER_FORMAT, GAZETTEER_LISTS, GAZETTEER_VERSION, LISTS_HEADER } from './gazetteer-format.ts';

/**
 * Collects the names of the gazetteer lists and writes the file (gazetteer-format.ts). Pure: the
 * build script reads the sources and hands their names over, so the same names give the same
 * bytes. Names are NFC-normalised and cleaned here, the same way whatever their source:
 *
 * - one space between tokens; a name the tokenizer splits differently also gets the tokenizer's
 *   split ("Côte d'Ivoire" stays, "Ste. Marie" also as "Ste . Marie"), so both match;
 * - dropped: names with brackets, commas, digits only, one letter, and one-token names that are
 *   Dutch (or English, French, German) function words, months or weekdays ("Van", "Mei": they
 *   would mark every "van" and "mei" in a text), and all-lower-case names in the name lists.
 */
export class GazetteerBuilder {
  private readonly lists = new Map<string, Set<string>>();
  private readonly listIndex = new Map(GAZETTEER_LISTS.map((list, i) => [list.name, i]));

  /** Adds names to a list; returns how many were kept. */
  add(list: string, names: Iterable<string>): number {
    if (!this.listIndex.has(list)) throw new Error(`unknown gazetteer list ${JSON.stringify(list)}`);
    let kept = 0;
    for (const raw of names) {
      for (const name of cleanName(raw, list)) {
        if (!this.lists.has(name)) this.lists.set(name, new Set());
        this.lists.get(name)!.add(list);
        kept++;
      }
    }
    return kept;
  }

  /** Spellings per list. */
  counts(): Record<string, number> {
    const counts: Record<string, number> = Object.fromEntries(GAZETTEER_LISTS.map((list) => [list.name, 0]));
    for (const lists of this.lists.values()) for (const list of lists) counts[list]!++;
    return counts;
  }

  /** The file's text: header (format, `provenance` lines, lists), then the sorted entries. */
  render(provenance: readonly string[]): string {
    const names = [...this.lists.keys()].sort(compareCodeUnits);
    const lines = [`# ${GAZETTEER_FORMAT} ${GAZETTEER_VERSION}`, ...provenance.map((line) => `# ${line}`), `${LISTS_HEADER}${GAZETTEER_LISTS.map((list) => list.name).join(' ')}`];
    for (const name of names) {
      const lists = [...this.lists.get(name)!].sort((a, b) => this.listIndex.get(a)! - this.listIndex.get(b)!);
      lines.push(`${name}\t${lists.join(',')}`);
    }
    return `${lines.join('\n')}\n`;
  }
}

/** Splits a hand-written list: names separated by `;` or new lines. */
export function splitNames(text: string): string[] {
  return text.split(/[;\n]/).map((name) => name.trim()).filter(Boolean);
}

/** Words that never stand alone as a name in the gazetteer (folded). */
const STOP_WORDS = new Set(splitNames(`
de; het; een; en; of; maar; want; dus; van; in; op; aan; met; voor; door; over; bij; naar; uit; tot; om; als; dan; die; dat; dit; deze; wat; wie; waar; hoe; niet; geen; wel; ook; nog; al; er; hier; daar; zo; te; ten; ter; 't; 's; is; was; zijn; ben; bent; heeft; hebben; had; wordt; werd; kan; zal; moet; mag; wil; ik; jij; je; u; hij; zij; ze; wij; we; hun; hen; haar; hem; mij; me; mijn; ons; onze; uw; men; na; sinds; tegen; zonder; onder; boven; tussen; binnen; buiten; achter; naast; rond; via; per; elk; alle; beide; nu; toen; weer; zeer; heel; even; toch; pas; net; maar; nee; ja; oké; mee; af; toe; los; vol; zelf; waren; wat; wie; wel; nog; ooit; nooit; doe; doen; ga; gaan; kom; komen; zie; zien; tijd; jaar; dag; man; vrouw; land; stad; huis; werk; groot; klein; goed; nieuw; oud; hoog; laag; lang; kort; eerst; laatst; enkel; ander; meer; veel; weinig; minder
januari; februari; maart; april; mei; juni; juli; augustus; september; oktober; november; december; maandag; dinsdag; woensdag; donderdag; vrijdag; zaterdag; zondag
the; of; and; a; an; to; on; at; for; by; with; from; are; be; it; he; she; they; you; my; his; her; our; this; that; not; no; yes; all; one; new; old
le; la; les; du; des; un; une; et; à; au; aux; sur; pour; par; il; elle; est; son; ses
der; die; das; den; dem; und; oder; ein; eine; im; am; zu; vom; mit; auf; für; ist; sie; es
`));

/** Lists whose names are written capitalised; an all-lower-case name there is noise. */
const CAPITALISED_LISTS = new Set(['per-first', 'per-last', 'per-name', 'loc-country', 'loc-city', 'loc-geo']);
const BAD_CHARACTERS = /[()[\]{},;"?<>|=\t]|^\d+$/u;

/** The spellings a source name gives, cleaned (see GazetteerBuilder). */
export function cleanName(raw: string, list: string): string[] {
  const name = raw.normalize('NFC').replace(/[\s\u00a0]+/gu, ' ').trim();
  if (name.length < 2 || BAD_CHARACTERS.test(name)) return [];
  const tokens = name.split(' ');
  if (tokens.length === 1 && STOP_WORDS.has(foldWord(name))) return [];
  if (CAPITALISED_LISTS.has(list) && name === name.toLowerCase()) return [];
  const split = tokenize(name).map(({ start, end }) => name.slice(start, end)).join(' ');
  return split === name ? [name] : [name, split];
}

const PARTICLES = new Set(splitNames(`van; de; den; der; het; 't; ten; ter; te; in; op; la; le; du; des; di; da; von; vom; zu; del; della; dos; das; el; al; bin; ibn`));

/** A lower-case first name capitalised: `jean-pierre` -> `Jean-Pierre`. */
export function capitaliseFirstName(name: string): string {
  return name.replace(/(^|[\s-])(\p{Ll})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}

/**
 * The spellings of a lower-case family name: each word capitalised except particles after the
 * first (`van den broeck` -> `Van den Broeck`, the Belgian way and the Dutch way at the start
 * of a sentence or without a first name), and with all particles lower-case (`van den Broeck`,
 * the Dutch way after a first name).
 */
export function familyNameSpellings(name: string): string[] {
  const words = name.split(' ');
  const capitalised = words.map((word, i) => (i > 0 && PARTICLES.has(word) ? word : capitaliseFirstName(word))).join(' ');
  if (!PARTICLES.has(words[0]!) || words.length === 1) return [capitalised];
  const dutch = words.map((word) => (PARTICLES.has(word) ? word : capitaliseFirstName(word))).join(' ');
  return [capitalised, dutch];
}

/** A cased family name and, when it starts with a lower-case particle, its capitalised form. */
export function withCapitalisedParticle(name: string): string[] {
  const first = name.split(' ')[0]!;
  return PARTICLES.has(first) && name.includes(' ') ? [name, name.charAt(0).toUpperCase() + name.slice(1)] : [name];
}

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
