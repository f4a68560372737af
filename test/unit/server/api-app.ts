import type { FastifyInstance } from 'fastify';
import { Ajv, type ValidateFunction } from 'ajv';
import { buildApp } from '../../../src/server/app.ts';
import type { SqliteStore } from '../../../src/store/sqlite/sqlite-store.ts';
import { SEEDS, ingestInto } from '../../helpers/workspace.ts';

/** The seeds ingested into a temporary database, and the app over it (no socket: app.inject). */
export interface SeedsApp {
  readonly app: FastifyInstance;
  readonly store: SqliteStore;
  readonly dbPath: string;
  /** GET `url`: the status and the parsed JSON reply, checked against its route's response schema in the OpenAPI document. */
  get<T = any>(url: string): Promise<{ status: number; body: T }>;
}

/** Builds the app over a fresh seeds database; call `close` after the file's tests. */
export async function seedsApp(): Promise<SeedsApp & { close(): Promise<void> }> {
  const { store, dbPath } = await ingestInto([SEEDS]);
  const app = await buildApp(store, { dbPath });
  const openapi = (await app.inject('/api/openapi.json')).json() as OpenApi;
  const validators = new Map<string, ValidateFunction>();
  const ajv = new Ajv({ strict: false, allErrors: true });
  const get = async <T>(url: string) => {
    const reply = await app.inject(url);
    const body = reply.json() as T;
    const validate = validatorFor(openapi, ajv, validators, url, reply.statusCode);
    if (!validate(body)) throw new Error(`${url}: the ${reply.statusCode} reply does not match its schema: ${ajv.errorsText(validate.errors)}`);
    return { status: reply.statusCode, body };
  };
  return { app, store, dbPath, get, close: async () => { await app.close(); store.close(); } };
}

export interface OpenApi {
  readonly openapi: string;
  readonly paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema: object }> }> }>>;
}

/** The response schema of the route `url` matches (path parameters as `{name}`) for `status`. */
export function responseSchema(openapi: OpenApi, url: string, status: number, method = 'get'): object {
  const path = url.split('?')[0]!;
  const route = Object.keys(openapi.paths).find((template) => new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`).test(path) && openapi.paths[template]![method]);
  if (!route) throw new Error(`${path}: no route in the OpenAPI document`);
  const schema = openapi.paths[route]![method]!.responses[String(status)]?.content?.['application/json']?.schema;
  if (!schema) throw new Error(`${method.toUpperCase()} ${route}: no ${status} response schema`);
  return schema;
}

function validatorFor(openapi: OpenApi, ajv: Ajv, cache: Map<string, ValidateFunction>, url: string, status: number): ValidateFunction {
  const schema = responseSchema(openapi, url, status);
  let validate = cache.get(JSON.stringify(schema));
  if (!validate) {
    validate = ajv.compile(schema);
    cache.set(JSON.stringify(schema), validate);
  }
  return validate;
}
