import { dayRange, parsePublished } from '../doc/published.ts';
import { ApiError } from './api-error.ts';

/**
 * The query's `from` and `to` as days: `from` a month or year starts at its first day, `to`
 * ends at its last, so `to=2020-08` keeps articles of 31 August. A date that does not exist
 * (`2021-13`) is a 400 naming the parameter.
 */
export function dayBounds(query: { readonly from?: string; readonly to?: string }): { from?: string; to?: string } {
  const bounds: { from?: string; to?: string } = {};
  for (const name of ['from', 'to'] as const) {
    const value = query[name];
    if (value === undefined) continue;
    const date = parsePublished(value);
    if (!date) throw new ApiError(400, 'bad-request', `querystring/${name} must be a real day, month or year (2021-11-17, 2021-11, 2021), not "${value}"`);
    bounds[name] = name === 'from' ? dayRange(date).first : dayRange(date).last;
  }
  if (bounds.from && bounds.to && bounds.from > bounds.to) throw new ApiError(400, 'bad-request', `querystring/from (${query.from}) is after querystring/to (${query.to})`);
  return bounds;
}
