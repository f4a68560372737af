import type { EntityType } from '../../annotate/entities/mention.ts';
import { majorityType, type DocumentCluster } from './document-clusters.ts';
import { nameWords } from './fold-name.ts';
import { wordKey } from './name-key.ts';
import { firstGivenForm, givenNamesAgree, type PersonName } from './person-name.ts';
import { isNearSpelling, type SurnameForm } from './typo-distance.ts';
import { UnionFind } from './union-find.ts';

/** A typo merges only when the two names share this many other entities in their articles,
 * or an article: one shared neighbour (Poetin, say) is common to most people in a story. */
const MIN_SHARED_NEIGHBOURS = 2;

/** What a set of clusters holds that decides whether it may join another. */
interface Group {
  readonly lexicon: Set<string>;
  readonly people: PersonName[];
  /** Clusters named in one sentence with a cluster of this group: never the same entity. */
  readonly apart: Set<number>;
  readonly documents: Set<string>;
}

/**
 * Clusters the document clusters of a whole corpus into entities, in this order:
 * 1. one lexicon entry is one entity (Wit-Rusland in one article, Belarus in another);
 * 2. one full name (same key: Aleksandr Loekasjenko = Aleksandr Lukashenko) is one entity, and
 *    so is any one name of a non-person (GM here, GM there; an acronym its article tied to
 *    General Motors carries that name along);
 * 3. people with one surname and agreeing given names join (Alexandr = Aleksander Loekasjenko);
 * 4. surnames alone join each other by key, then the one person of that surname, when there is
 *    exactly one and they are mostly tagged PER (two Merkels: the bare Merkel joins neither);
 * 5. typos: two entities of one type whose surnames or names are near spellings (typo-distance.ts)
 *    join when they share an article or MIN_SHARED_NEIGHBOURS other entities.
 * Every step refuses a join that would put two lexicon entries, a lexicon entry and a person,
 * conflicting given names, or two clusters named in one sentence, into one entity.
 * Cost: steps 1-4 are linear in the clusters (pairs within one surname in step 3); step 5
 * compares entities of one type and first letter only.
 *
 * @returns the entities, each a list of indices into `clusters`
 */
export function clusterCorpus(clusters: readonly DocumentCluster[], offsets: readonly number[]): number[][] {
  const sets = new UnionFind(clusters.length);
  const groups = new Map<number, Group>();
  clusters.forEach((cluster, i) => {
    const apart = new Set(cluster.sameSentence.map((local) => local + offsets[i]!));
    groups.set(i, {
      lexicon: new Set(cluster.lexiconId ? [cluster.lexiconId] : []),
      people: cluster.person ? [cluster.person] : [],
      apart,
      documents: new Set([cluster.document]),
    });
  });
  const canJoin = (a: number, b: number): boolean => {
    const ra = sets.find(a);
    const rb = sets.find(b);
    if (ra === rb) return false;
    const ga = groups.get(ra)!;
    const gb = groups.get(rb)!;
    if (ga.lexicon.size > 0 && gb.lexicon.size > 0 && [...ga.lexicon].some((id) => !gb.lexicon.has(id))) return false;
    if ((ga.lexicon.size > 0 && gb.people.length > 0) || (gb.lexicon.size > 0 && ga.people.length > 0)) return false;
    if (!ga.people.every((p) => gb.people.every((q) => givenNamesAgree(p, q)))) return false;
    const [small, other] = ga.apart.size < gb.apart.size ? [ga, rb] : [gb, ra];
    for (const c of small.apart) if (sets.find(c) === other) return false;
    return true;
  };
  const join = (a: number, b: number): boolean => {
    if (!canJoin(a, b)) return false;
    const ga = groups.get(sets.find(a))!;
    const gb = groups.get(sets.find(b))!;
    const root = sets.union(a, b);
    const keep = groups.get(root)!;
    const drop = keep === ga ? gb : ga;
    for (const id of drop.lexicon) keep.lexicon.add(id);
    keep.people.push(...distinctPeople(drop.people, keep.people));
    for (const c of drop.apart) keep.apart.add(c);
    for (const d of drop.documents) keep.documents.add(d);
    groups.set(root, keep);
    return true;
  };
  const joinAll = (byKey: Map<string, number[]>): void => {
    for (const members of byKey.values()) for (const m of members.slice(1)) join(members[0]!, m);
  };

  joinAll(index(clusters, (c) => (c.lexiconId ? [c.lexiconId] : [])));
  joinAll(index(clusters, (c) => (c.lexiconId ? [] : c.person ? [...c.keys].filter((key) => key.includes(' ')) : [...c.keys])));
  for (const members of index(clusters, (c) => (c.person && !c.lexiconId ? [c.person.surname] : [])).values()) {
    for (let x = 0; x < members.length; x++) {
      for (let y = x + 1; y < members.length; y++) {
        if (givenNamesAgree(clusters[members[x]!]!.person!, clusters[members[y]!]!.person!)) join(members[x]!, members[y]!);
      }
    }
  }
  joinSurnames(clusters, sets, join);
  joinTypos(clusters, sets, join);
  return [...sets.groups().values()];
}

/** People of `add` whose first given name is not yet among `have` (keeps the agreement checks short). */
function distinctPeople(add: readonly PersonName[], have: readonly PersonName[]): PersonName[] {
  const seen = new Set(have.map(firstGivenForm));
  return add.filter((person) => {
    const form = firstGivenForm(person);
    if (seen.has(form)) return false;
    seen.add(form);
    return true;
  });
}

/** Step 4: surnames alone, by key, then to the one person of that surname. */
function joinSurnames(clusters: readonly DocumentCluster[], sets: UnionFind, join: (a: number, b: number) => boolean): void {
  const alone = index(clusters, (c) => (c.singleWord && !c.lexiconId && !c.person ? [...c.keys] : []));
  const owners = index(clusters, (c) => (c.person && !c.lexiconId ? [c.person.surname] : []));
  for (const [key, members] of alone) {
    for (const m of members.slice(1)) join(members[0]!, m);
    const roots = new Set((owners.get(key) ?? []).map((o) => sets.find(o)));
    if (roots.size !== 1) continue;
    const group = members.filter((m) => sets.find(m) === sets.find(members[0]!));
    if (majorityType(group.flatMap((m) => clusters[m]!.parts)) !== 'PER') continue;
    join(members[0]!, [...roots][0]!);
  }
}

/** Step 5: near spellings with shared context. */
function joinTypos(clusters: readonly DocumentCluster[], sets: UnionFind, join: (a: number, b: number) => boolean): void {
  const entities = [...sets.groups()].filter(([, members]) => members.every((m) => !clusters[m]!.lexiconId));
  const info = entities.map(([root, members]) => {
    const parts = members.flatMap((m) => clusters[m]!.parts);
    return { root, type: majorityType(parts), forms: surnameForms(members.map((m) => clusters[m]!)), documents: new Set(members.map((m) => clusters[m]!.document)) };
  });
  const rootsInDocument = new Map<string, Set<number>>();
  for (const [root, members] of sets.groups()) {
    for (const m of members) {
      const doc = clusters[m]!.document;
      rootsInDocument.set(doc, (rootsInDocument.get(doc) ?? new Set()).add(root));
    }
  }
  const neighbours = (documents: ReadonlySet<string>, self: number): Set<number> => {
    const found = new Set<number>();
    for (const d of documents) for (const r of rootsInDocument.get(d) ?? []) if (r !== self) found.add(r);
    return found;
  };
  const buckets = new Map<string, number[]>();
  info.forEach((entity, i) => {
    for (const initial of new Set(entity.forms.map((form) => form.key.charAt(0)))) {
      const bucket = `${entity.type}\t${initial}`;
      buckets.set(bucket, [...(buckets.get(bucket) ?? []), i]);
    }
  });
  const tried = new Set<string>();
  for (const bucket of buckets.values()) {
    for (let x = 0; x < bucket.length; x++) {
      for (let y = x + 1; y < bucket.length; y++) {
        const a = info[bucket[x]!]!;
        const b = info[bucket[y]!]!;
        const pair = `${a.root}\t${b.root}`;
        if (tried.has(pair)) continue;
        tried.add(pair);
        if (!a.forms.some((fa) => b.forms.some((fb) => isNearSpelling(fa, fb)))) continue;
        const sharesDocument = [...a.documents].some((d) => b.documents.has(d));
        if (!sharesDocument) {
          const na = neighbours(a.documents, a.root);
          let shared = 0;
          for (const r of neighbours(b.documents, b.root)) if (r !== a.root && na.has(r)) shared += 1;
          if (shared < MIN_SHARED_NEIGHBOURS) continue;
        }
        join(a.root, b.root);
      }
    }
  }
}

/** The surnames of an entity's names (the last word of a full name; a one-word name whole). */
function surnameForms(own: readonly DocumentCluster[]): SurnameForm[] {
  const forms = new Map<string, SurnameForm>();
  for (const cluster of own) {
    for (const part of cluster.parts) {
      const words = part.text.split(/\s+/);
      const surname = words.length === 1 || part.type === 'PER' ? words.at(-1)! : part.text;
      const folded = nameWords(surname).join('');
      if (folded) forms.set(folded, { key: nameWords(surname).map(wordKey).join(''), folded });
    }
  }
  return [...forms.values()];
}

/** Cluster indices by each of the keys `keysOf` gives, in cluster order. */
function index(clusters: readonly DocumentCluster[], keysOf: (cluster: DocumentCluster) => readonly string[]): Map<string, number[]> {
  const byKey = new Map<string, number[]>();
  clusters.forEach((cluster, i) => {
    for (const key of keysOf(cluster)) {
      const members = byKey.get(key);
      if (members) members.push(i);
      else byKey.set(key, [i]);
    }
  });
  return byKey;
}

/** The type an entity gets: the lexicon's when it has an entry, else the majority of its names'. */
export function entityType(own: readonly DocumentCluster[], lexiconType: (id: string) => EntityType | null): EntityType {
  const id = own.find((c) => c.lexiconId)?.lexiconId;
  const fromLexicon = id ? lexiconType(id) : null;
  return fromLexicon ?? majorityType(own.flatMap((c) => c.parts));
}
