import type { APIRequestContext } from 'playwright-core';

/** Search hits looked at for the document to show. */
const DOCUMENTS_CONSIDERED = 5;

/** The id of the document with the most to show: spans of every layer, other-language segments, removals. */
async function richestDocument(ids: readonly string[], get: <T>(path: string) => Promise<T>): Promise<string | undefined> {
  let best: { id: string; size: number } | undefined;
  for (const id of ids) {
    const record = await get<Record<string, unknown>>(`documents/${id}`);
    const size = ['mentions', 'timexes', 'quotes', 'figures', 'segments', 'removed'].reduce((sum, layer) => sum + ((record[layer] as unknown[] | undefined)?.length ?? 0), 0);
    if (!best || size > best.size) best = { id, size };
  }
  return best?.id;
}

/** One view of the dashboard at a concrete address. */
export interface ViewUrl {
  readonly view: 'overview' | 'search' | 'document' | 'entity' | 'story';
  readonly hash: string;
}

/**
 * One address per view for the database the server holds, chosen through the API as a reader
 * would find them: a search for the most mentioned person, the richest of that search's first hits, that
 * person, and the largest story (the first one with a conflict, when any has one).
 */
export async function viewUrls(request: APIRequestContext, url: string): Promise<ViewUrl[]> {
  const get = async <T>(path: string): Promise<T> => (await (await request.get(`${url}api/${path}`)).json()) as T;
  const people = await get<{ items: { id: string; name: string; variants: { name: string }[] }[] }>('entities?type=PER&limit=1');
  const person = people.items[0];
  if (!person) throw new Error('the database has no person to show');
  const word = person.variants[0]?.name ?? person.name;
  const hits = await get<{ items: { id: string }[] }>(`search?q=${encodeURIComponent(word)}&limit=${DOCUMENTS_CONSIDERED}`);
  const stories = await get<{ items: { id: string }[] }>('stories?limit=5');
  const views = await Promise.all(stories.items.map((story) => get<{ id: string; conflicts: unknown[] }>(`stories/${story.id}`)));
  const story = views.find((one) => one.conflicts.length > 0) ?? views[0];
  const document = await richestDocument(hits.items.map((hit) => hit.id), get);
  if (!document || !story) throw new Error('the database has no document or story to show');
  return [
    { view: 'overview', hash: '#/' },
    { view: 'search', hash: `#/search?q=${encodeURIComponent(word)}` },
    { view: 'document', hash: `#/document/${document}` },
    { view: 'entity', hash: `#/entity/${person.id}` },
    { view: 'story', hash: `#/story/${story.id}` },
  ];
}
