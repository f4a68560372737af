/** A page of a list: `offset` and `limit` as asked, `total` items in the whole list. */
export interface Page<T> {
  readonly total: number;
  readonly offset: number;
  readonly limit: number;
  readonly items: readonly T[];
}

/** Which page of a list to return. */
export interface PageQuery {
  readonly offset: number;
  readonly limit: number;
}

/** The page of `items` that `query` asks for. */
export function pageOf<T>(items: readonly T[], query: PageQuery): Page<T> {
  return { total: items.length, offset: query.offset, limit: query.limit, items: items.slice(query.offset, query.offset + query.limit) };
}
