#!/usr/bin/env node
// Builds stream.jsonl from originals.txt plus the deterministic copy recipes below.
//
//   node eval/stories/make-copies.mjs            # writes eval/stories/stream.jsonl
//   node eval/stories/make-copies.mjs --summary  # also prints story sizes and key -> id
//
// originals.txt holds the hand-written original articles (format described at its top).
// COPIES lists every syndicated or lightly edited copy: which article it copies (`of`,
// an original key or an earlier copy key), the outlet, optionally a new title, a day
// offset, and a list of edit operations. Each operation is documented in applyOp().
// Output order: stable sort by stream position (day-precise date, or month-only date
// with its @DD position); a copy is listed after the article it copies.
// Ids s001.. are assigned in that order, so the output is identical on every run.

import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

// Spelling variants used by outlets that transliterate from English.
const SPELL_EN = [
  ['Loekasjenko', 'Lukashenko'],
  ['Poetin', 'Putin'],
  ['Protasevitsj', 'Protasevich'],
  ['Tichanovskaja', 'Tsikhanouskaya'],
  ['Wit-Russische', 'Belarussische'],
  ['Wit-Russisch', 'Belarussisch'],
  ['Wit-Russen', 'Belarussen'],
  ['Wit-Rusland', 'Belarus'],
];
const SPELL_NL = [['Belarus', 'Wit-Rusland']];

const COPIES = [
  // --- belarus-protesten-2020
  { key: 'c01', of: 'bp01', source: 'NPB', title: 'Harde aanpak demonstranten na verkiezingen Wit-Rusland', ops: [{ dateline: 'MINSK' }] },
  { key: 'c02', of: 'c01', source: 'Regio Oost', title: 'Onrust in Minsk na verkiezingen', days: 1, ops: [{ suffix: '(NPB)' }] },
  { key: 'c03', of: 'bp06', source: 'Omroep West-Midden', title: 'Honderdduizenden op straat in Minsk', ops: [{ lees: 'bp02' }] },
  { key: 'c04', of: 'bp08', source: 'Stadskrant 020', title: 'Lukashenko uitgejouwd in fabriek', ops: [{ spell: 'en' }] },
  { key: 'c05', of: 'bp12', source: 'Nieuwsblad Zuid', ops: [{ add: 'Het Wit-Russische ministerie van Buitenlandse Zaken wilde niet reageren op vragen over haar verblijfplaats.' }] },
  { key: 'c06', of: 'bp14', source: 'Het Financieel Journaal', title: 'Moskou leent Minsk 1,5 miljard dollar', ops: [{ replace: ['Loekasjenko bedankte Moskou en noemde Rusland \'een broer\'.', 'Loekasjenko bedankte Moskou voor de steun en zei dat beide landen \'samen sterker\' zijn.'] }] },
  { key: 'c07', of: 'bp20', source: 'Regio Oost', days: 1, ops: [{ suffix: '(NPB)' }] },
  { key: 'c08', of: 'bp22', source: 'Dagblad Noord', title: 'Sacharovprijs voor Tichanovskaja en de oppositie', ops: [{ dropLast: true }] },
  // --- migratiecrisis-grens-polen
  { key: 'c09', of: 'mc02', source: 'NPB', ops: [{ dateline: 'WARSCHAU' }] },
  { key: 'c10', of: 'mc04', source: 'Regio Oost', title: 'Polen roept noodtoestand uit aan oostgrens', ops: [{ spell: 'nl' }] },
  { key: 'c11', of: 'mc09', source: 'Stadskrant 020', title: 'Migranten bestormen Pools grenshek', ops: [{ spell: 'en' }] },
  { key: 'c12', of: 'mc11', source: 'De Vlaamse Ochtend', ops: [{ dropLast: true }] },
  { key: 'c13', of: 'mc14', source: 'Het Financieel Journaal', title: 'Merkel zoekt contact met Loekasjenko', ops: [{ replace: ['Het gesprek duurde ongeveer vijftig minuten.', 'Over de inhoud van eventuele afspraken werd niets bekendgemaakt.'] }] },
  { key: 'c14', of: 'mc14', source: 'Omroep West-Midden', days: 1, ops: [{ suffix: '(NPB)' }] },
  { key: 'c15', of: 'mc16', source: 'Regio Oost', title: 'Politie zet waterkanon in bij Poolse grens', ops: [{ lees: 'mc14' }] },
  { key: 'c16', of: 'mc19', source: 'Nieuwsblad Zuid', ops: [{ add: 'Polen houdt de grensovergang bij Kuźnica voorlopig gesloten.' }] },
  { key: 'c17', of: 'mc20', source: 'Stadskrant 020', title: 'Hulpverleners staan machteloos aan Poolse grens', ops: [] },
  // --- mh17-strafproces
  { key: 'c18', of: 'mh01', source: 'Regio Oost', ops: [{ dateline: 'BADHOEVEDORP' }] },
  { key: 'c19', of: 'mh08', source: 'De Avondpost', title: 'MH17-zaak weer op de rol', ops: [{ dropLast: true }] },
  { key: 'c20', of: 'mh10', source: 'Omroep West-Midden', title: 'Emoties in rechtszaal bij spreekrecht MH17', ops: [{ lees: 'mh01' }] },
  { key: 'c21', of: 'mh15', source: 'Het Middagblad', title: 'Levenslang geëist in MH17-proces', ops: [{ replace: ['De verdachten hebben zich volgens het OM nooit bekommerd om de slachtoffers.', 'Volgens het OM hebben de verdachten nooit enige spijt getoond.'] }] },
  { key: 'c22', of: 'mh15', source: 'Stadskrant 020', ops: [{ suffix: '(NPB)' }] },
  { key: 'c23', of: 'mh17', source: 'Regio Oost', days: 1, ops: [{ add: 'Het OM reageert later deze maand op het pleidooi.' }] },
  // --- ryanair-omleiding-minsk
  { key: 'c24', of: 'ry01', source: 'Het Middagblad', ops: [{ dateline: 'VILNIUS' }] },
  { key: 'c25', of: 'ry01', source: 'De Vlaamse Ochtend', title: 'Wit-Rusland haalt Ryanair-vlucht uit de lucht', ops: [{ dropLast: true }, { add: 'Het toestel had 171 passagiers aan boord.' }] },
  { key: 'c26', of: 'ry03', source: 'Regio Oost', title: 'Europa sluit luchtruim voor Wit-Rusland', ops: [] },
  { key: 'c27', of: 'ry07', source: 'Stadskrant 020', title: 'Protasevich prijst Lukashenko op staats-tv', ops: [{ spell: 'en' }] },
  { key: 'c28', of: 'ry08', source: 'Dagblad Noord', days: 1, ops: [{ add: 'Op Schiphol zijn de vluchten van Belavia van de vertrekborden verdwenen.' }] },
  // --- navalny-vergiftiging
  { key: 'c29', of: 'nv01', source: 'NPB', ops: [{ dateline: 'MOSKOU' }] },
  { key: 'c30', of: 'nv04', source: 'Stadskrant 020', title: 'Berlijn: bewijs voor novitsjok-aanslag op Navalny', ops: [{ lees: 'nv02' }] },
  { key: 'c31', of: 'nv04', source: 'Regio Oost', days: 1, ops: [{ dropLast: true }] },
  // --- navalny-terugkeer-arrestatie
  { key: 'c32', of: 'nn01', source: 'Omroep West-Midden', title: 'Navalny meteen vastgezet na landing', ops: [{ suffix: '(NPB)' }] },
  { key: 'c33', of: 'nn04', source: 'Stadskrant 020', ops: [{ spell: 'en' }] },
  // --- avondklok-rellen-2021
  { key: 'c34', of: 'ak02', source: 'Regio Oost', ops: [{ dateline: 'EINDHOVEN' }] },
  { key: 'c35', of: 'ak02', source: 'Dagblad Noord', title: 'Plunderingen en brandstichting in Eindhoven', days: 1, ops: [{ replace: ['De politie hield ruim vijftig mensen aan.', 'De politie hield zondagavond ruim vijftig mensen aan, onder wie veel minderjarigen.'] }] },
  { key: 'c36', of: 'ak04', source: 'Nieuwsblad Zuid', ops: [{ dropLast: true }] },
  // --- toeslagenaffaire-kabinet-val
  { key: 'c37', of: 'ts01', source: 'Regio Oost', ops: [{ suffix: '(NPB)' }] },
  { key: 'c38', of: 'ts01', source: 'Omroep West-Midden', title: 'Kabinet valt over kinderopvangtoeslag', ops: [{ dropLast: true }, { add: 'Op 17 maart zijn er Tweede Kamerverkiezingen.' }] },
  // --- ever-given-suezkanaal
  { key: 'c39', of: 'eg04', source: 'Dagblad Noord', title: 'Suezkanaal weer vrij', ops: [] },
  // --- afghanistan-evacuatie-kabul
  { key: 'c40', of: 'af03', source: 'Regio Oost', ops: [{ add: 'Ook Duitsland en België sturen toestellen naar Kabul.' }] },
  { key: 'c41', of: 'af05', source: 'Stadskrant 020', ops: [{ dateline: 'KABUL' }] },
  // --- bondsdagverkiezingen-duitsland-2021
  { key: 'c42', of: 'bw04', source: 'Regio Oost', ops: [{ dateline: 'BERLIJN' }] },
  { key: 'c43', of: 'bw08', source: 'Dagblad Noord', title: 'Duitsland heeft nieuwe regering', ops: [{ replace: ['De partijen spreken van \'een coalitie van vooruitgang\'.', 'De partijen willen onder meer het minimumloon verhogen en sneller overstappen op duurzame energie.'] }] },
  // --- merkel-afscheid-eu-top
  { key: 'c44', of: 'me02', source: 'Omroep West-Midden', title: 'Applaus voor Merkel bij laatste top', ops: [{ lees: 'me01' }] },
  // --- gasprijzen-energierekening-nl
  { key: 'c45', of: 'gp03', source: 'Regio Oost', title: 'Belastingverlaging moet energierekening drukken', ops: [{ suffix: '(NPB)' }] },
  { key: 'c46', of: 'gp05', source: 'Het Middagblad', ops: [{ dropLast: true }] },
  // --- poetin-persconferentie-gasprijzen
  { key: 'c47', of: 'pc01', source: 'Stadskrant 020', title: 'Putin: Europa heeft gascrisis aan zichzelf te danken', ops: [{ spell: 'en' }] },
  { key: 'c48', of: 'pc01', source: 'Regio Oost', days: 1, ops: [{ dateline: 'MOSKOU' }] },
  // --- poetin-macron-gesprek-oekraine
  { key: 'c49', of: 'pm01', source: 'Dagblad Noord', ops: [{ dateline: 'PARIJS' }] },
  // --- rusland-invasie-oekraine
  { key: 'c50', of: 'ru01', source: 'Regio Oost', ops: [{ dateline: 'KIEV' }] },
  { key: 'c51', of: 'ru01', source: 'Omroep West-Midden', title: 'Oorlog in Europa: Russische troepen in Oekraïne', ops: [{ add: 'Ook in Nederland werd de aanval met ontzetting ontvangen.' }] },
  { key: 'c52', of: 'ru06', source: 'Stadskrant 020', title: 'Vluchtelingenstroom naar Polen groeit', ops: [{ dropLast: true }] },
];

function parseOriginals(file) {
  const lines = readFileSync(file, 'utf8').split('\n');
  const recs = [];
  let cur = null;
  const flush = () => {
    if (!cur) return;
    const body = cur.lines.join('\n').trim().split('\n');
    const title = body.shift().trim();
    const text = body.join('\n').trim().split(/\n\s*\n/).map((p) => p.replace(/\s*\n\s*/g, ' ').trim()).join('\n\n');
    recs.push({ ...cur.head, title, text });
    cur = null;
  };
  for (const line of lines) {
    if (line.startsWith('## ')) {
      flush();
      const [key, date, source, story] = line.slice(3).split('|').map((s) => s.trim());
      const [pub, at] = date.split('@');
      cur = { head: { key, date: pub, pos: at ? `${pub}-${at}` : pub, source, story }, lines: [] };
    } else if (cur) cur.lines.push(line);
    else if (line.trim() && !line.startsWith('#')) throw new Error(`text outside a record: ${line}`);
  }
  flush();
  return recs;
}

function addDays(ymd, n) {
  const d = new Date(`${ymd}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

// Edit operations. Each returns the new text.
function applyOp(text, op, byKey) {
  // dateline: agency dateline before the first paragraph, e.g. "MINSK (NPB) - ".
  if (op.dateline) return `${op.dateline} (NPB) - ${text}`;
  // suffix: boilerplate line appended as its own paragraph, e.g. "(NPB)".
  if (op.suffix) return `${text}\n\n${op.suffix}`;
  // lees: "Lees ook: <title of another article in the same story>" appended.
  if (op.lees) return `${text}\n\nLees ook: ${byKey.get(op.lees).title}`;
  // dropLast: the last paragraph is cut.
  if (op.dropLast) {
    const ps = text.split('\n\n');
    if (ps.length < 3) throw new Error('dropLast needs at least 3 paragraphs');
    return ps.slice(0, -1).join('\n\n');
  }
  // add: one sentence appended to the last paragraph.
  if (op.add) return `${text} ${op.add}`;
  // replace: one sentence (exact string) replaced by another.
  if (op.replace) {
    const [from, to] = op.replace;
    if (!text.includes(from)) throw new Error(`replace: not found: ${from}`);
    return text.replace(from, to);
  }
  // spell: outlet spelling variants applied to all occurrences.
  if (op.spell) {
    let t = text;
    for (const [a, b] of op.spell === 'en' ? SPELL_EN : SPELL_NL) t = t.split(a).join(b);
    return t;
  }
  throw new Error(`unknown op ${JSON.stringify(op)}`);
}

function spellTitle(title, ops) {
  // a copy without its own title keeps the original title, with the same spelling edits
  let t = title;
  for (const op of ops) if (op.spell) for (const [a, b] of op.spell === 'en' ? SPELL_EN : SPELL_NL) t = t.split(a).join(b);
  return t;
}

const originals = parseOriginals(join(here, 'originals.txt'));
const byKey = new Map();
for (const r of originals) {
  if (byKey.has(r.key)) throw new Error(`duplicate key ${r.key}`);
  byKey.set(r.key, { ...r, duplicate_of: null });
}
const items = [...byKey.values()];
for (const c of COPIES) {
  const src = byKey.get(c.of);
  if (!src) throw new Error(`${c.key}: unknown original ${c.of}`);
  if (byKey.has(c.key)) throw new Error(`duplicate key ${c.key}`);
  const days = c.days ?? 0;
  const monthOnly = src.date.length === 7;
  let text = src.text;
  for (const op of c.ops) text = applyOp(text, op, byKey);
  const rec = {
    key: c.key,
    date: monthOnly ? src.date : addDays(src.date, days),
    pos: monthOnly ? addDays(src.pos, days) : addDays(src.date, days),
    source: c.source,
    story: src.story,
    title: c.title ?? spellTitle(src.title, c.ops),
    text,
    duplicate_of: c.of,
  };
  byKey.set(c.key, rec);
  items.push(rec);
}

// stable sort: stream position, then input order (originals before copies)
const order = items.map((r, i) => [r, i]).sort((a, b) => (a[0].pos < b[0].pos ? -1 : a[0].pos > b[0].pos ? 1 : a[1] - b[1])).map((x) => x[0]);
const idOf = new Map(order.map((r, i) => [r.key, `s${String(i + 1).padStart(3, '0')}`]));
const out = order.map((r) => ({
  id: idOf.get(r.key),
  date: r.date,
  title: r.title,
  text: r.text,
  source: r.source,
  story: r.story,
  duplicate_of: r.duplicate_of ? idOf.get(r.duplicate_of) : null,
}));
writeFileSync(join(here, 'stream.jsonl'), out.map((r) => JSON.stringify(r)).join('\n') + '\n');
console.log(`wrote ${out.length} records (${originals.length} originals, ${COPIES.length} copies)`);

if (process.argv.includes('--summary')) {
  const stories = new Map();
  for (const r of out) {
    const s = stories.get(r.story) ?? { n: 0, orig: 0, first: r.date, last: r.date, ids: [] };
    s.n++;
    if (!r.duplicate_of) s.orig++;
    s.last = r.date;
    s.ids.push(r.id);
    stories.set(r.story, s);
  }
  for (const [k, s] of [...stories].sort((a, b) => b[1].n - a[1].n)) console.log(`${k}\t${s.n}\t${s.orig}\t${s.first}\t${s.last}\t${s.ids[0]}..${s.ids.at(-1)}`);
  console.log([...idOf].map(([k, id]) => `${k}=${id}`).join(' '));
}
