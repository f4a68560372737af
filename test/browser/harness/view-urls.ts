import type { APIRequestContext } from 'playwright-core';

/** One view of the dashboard at a concrete address. */
export interface ViewUrl {
  readonly view: 'overview' | 'search' | 'document' | 'entity' | 'story';
  readonly hash: string;
}

/**
 * One address per view for the database the server holds, chosen through the API as a reader
 * would find them: a search for the most mentioned person, that search's first hit, that
 * person, and the largest story (the first one with a conflict, when any has one).
 */
export async function viewUrls(request: APIRequestContext, url: string): Promise<ViewUrl[]> {
  const get = async <T>(path: string): Promise<T> => (await (await request.get(`${url}api/${path}`)).json()) as T;
  const people = await get<{ items: { id: string; name: string; variants: { name: string }[] }[] }>('entities?type=PER&limit=1');
  const person = people.items[0];
  if (!person) throw new Error('the database has no person to show');
  const word = person.variants[0]?.name ?? person.name;
  const hits = await get<{ items: { id: string }[] }>(`search?q=${encodeURIComponent(word)}&limit=1`);
  const stories = await get<{ items: { id: string }[] }>('stories?limit=5');
  const views = await Promise.all(stories.items.map((story) => get<{ id: string; conflicts: unknown[] }>(`stories/${story.id}`)));
  const story = views.find((one) => one.conflicts.length > 0) ?? views[0];
  const document = hits.items[0]?.id;
  if (!document || !story) throw new Error('the database has no document or story to show');
  return [
    { view: 'overview', hash: '#/' },
    { view: 'search', hash: `#/search?q=${encodeURIComponent(word)}` },
    { view: 'document', hash: `#/document/${document}` },
    { view: 'entity', hash: `#/entity/${person.id}` },
    { view: 'story', hash: `#/story/${story.id}` },
  ];
}
