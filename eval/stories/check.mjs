#!/usr/bin/env node
// Validates eval/stories/stream.jsonl:  node eval/stories/check.mjs [FILE]
// Checks: valid JSON per line, required fields, unique ids, valid dates (YYYY-MM-DD or
// YYYY-MM), stream order (no record is dated before an earlier record, comparing at the
// coarser precision when one date is month-only), every duplicate_of exists earlier and
// shares its story, 60-160 words and 3-7 sentences per text, at least 200 records.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const file = process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), 'stream.jsonl');
const errors = [];
const warn = [];
const lines = readFileSync(file, 'utf8').split('\n').filter((l) => l.length);
const recs = [];
lines.forEach((l, i) => {
  try {
    recs.push(JSON.parse(l));
  } catch (e) {
    errors.push(`line ${i + 1}: invalid JSON (${e.message})`);
  }
});

const validDate = (d) => {
  if (typeof d !== 'string') return false;
  let m = /^(\d{4})-(\d{2})$/.exec(d);
  if (m) return +m[2] >= 1 && +m[2] <= 12;
  m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(d);
  if (!m) return false;
  const dt = new Date(`${d}T00:00:00Z`);
  return !Number.isNaN(dt.getTime()) && dt.toISOString().slice(0, 10) === d;
};
const cmp = (a, b) => {
  const n = Math.min(a.length, b.length);
  const x = a.slice(0, n), y = b.slice(0, n);
  return x < y ? -1 : x > y ? 1 : 0;
};

const seen = new Map();
const fields = ['id', 'date', 'title', 'text', 'source', 'story', 'duplicate_of'];
recs.forEach((r, i) => {
  const where = `record ${i + 1} (${r.id})`;
  for (const f of fields) if (!(f in r)) errors.push(`${where}: missing ${f}`);
  for (const f of Object.keys(r)) if (!fields.includes(f)) errors.push(`${where}: unexpected field ${f}`);
  for (const f of ['id', 'title', 'text', 'source', 'story']) if (typeof r[f] !== 'string' || !r[f].trim()) errors.push(`${where}: empty ${f}`);
  if (seen.has(r.id)) errors.push(`${where}: duplicate id`);
  if (!validDate(r.date)) errors.push(`${where}: bad date ${r.date}`);
  if (!(r.date >= '2020-06' && r.date < '2022-04')) errors.push(`${where}: date ${r.date} outside 2020-06..2022-03`);
  for (let j = 0; j < i; j++) if (validDate(recs[j].date) && validDate(r.date) && cmp(recs[j].date, r.date) > 0) {
    errors.push(`${where}: date ${r.date} before earlier ${recs[j].id} ${recs[j].date}`);
    break;
  }
  if (r.duplicate_of !== null) {
    const o = seen.get(r.duplicate_of);
    if (!o) errors.push(`${where}: duplicate_of ${r.duplicate_of} not earlier in stream`);
    else if (o.story !== r.story) errors.push(`${where}: story differs from ${o.id}`);
  }
  const words = String(r.text).split(/\s+/).filter(Boolean).length;
  const sentences = String(r.text).split('\n\n').filter((p) => !/^(\(NPB\)|Lees ook:)/.test(p)).join(' ').split(/(?<=[.!?]['’]?)\s+(?=[A-Z'‘ÉÖ])/).length;
  if (words < 60 || words > 160) errors.push(`${where}: ${words} words`);
  if (sentences < 3 || sentences > 7) warn.push(`${where}: ~${sentences} sentences`);
  seen.set(r.id, r);
});
if (recs.length < 200) errors.push(`only ${recs.length} records`);

const orig = recs.filter((r) => r.duplicate_of === null);
const stories = new Map();
for (const r of recs) stories.set(r.story, (stories.get(r.story) ?? 0) + 1);
const monthOnly = recs.filter((r) => /^\d{4}-\d{2}$/.test(r.date)).length;
console.log(`${recs.length} records, ${orig.length} originals, ${recs.length - orig.length} copies, ${stories.size} stories, ${monthOnly} month-only dates (${((100 * monthOnly) / recs.length).toFixed(1)}%)`);
for (const w of warn) console.log(`warning: ${w}`);
for (const e of errors) console.log(`ERROR: ${e}`);
process.exit(errors.length ? 1 : 0);
