/** An error the API answers with its own status: `{ error: { code, message } }`. */
export class ApiError extends Error {
  constructor(
    readonly statusCode: 400 | 404 | 413 | 503,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** 404 for an id nothing has: the message names what was looked for. */
export function notFound(what: string, id: string): ApiError {
  return new ApiError(404, 'not-found', `no ${what} has the id "${id}"`);
}
