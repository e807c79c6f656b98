import { z } from 'zod';
import { ApiErrorBody } from '../../model';
import type { RouteRegistry } from './route';

const STATUS_TEXT: Record<number, string> = {
  200: 'OK',
  201: 'Created',
  204: 'No content',
  304: 'Not modified (ETag matched)',
  400: 'Invalid input: details name each bad field',
  401: 'Not signed in',
  403: 'Signed in, but not allowed',
  404: 'Not found',
  409: 'Conflict: someone published since the revision this was based on',
  413: 'Too large',
  415: 'Unsupported media type',
  422: 'The file failed its checks',
  429: 'Too many requests',
};

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): unknown {
  return z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' });
}

/**
 * The OpenAPI 3.1 document of the API, generated from the same route specs and zod schemas that
 * validate requests, so it cannot drift from what the server enforces.
 */
export function buildOpenApiDocument(registry: RouteRegistry, version: string): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  const errorBody = { 'application/json': { schema: jsonSchema(ApiErrorBody, 'output') } };
  for (const { spec } of registry.routes) {
    const path = `/api${spec.path.replace(/:([A-Za-z0-9_]+)/g, '{$1}')}`;
    const parameters: unknown[] = [];
    for (const [where, schema] of [
      ['path', spec.params],
      ['query', spec.query],
    ] as const) {
      if (!schema) continue;
      const shape = (jsonSchema(schema, 'input') as { properties?: Record<string, unknown>; required?: string[] }) ?? {};
      for (const [name, property] of Object.entries(shape.properties ?? {})) {
        parameters.push({ name, in: where, required: where === 'path' || (shape.required ?? []).includes(name), schema: property });
      }
    }
    const successStatus = spec.success?.status ?? 200;
    const responses: Record<string, unknown> = {
      [successStatus]: {
        description: spec.success?.description ?? STATUS_TEXT[successStatus] ?? 'OK',
        ...(spec.success?.schema ? { content: { 'application/json': { schema: jsonSchema(spec.success.schema, 'output') } } } : {}),
      },
    };
    if (spec.method === 'get') responses['304'] = { description: STATUS_TEXT[304] };
    for (const status of spec.errors ?? []) responses[status] = { description: STATUS_TEXT[status] ?? 'Error', content: errorBody };
    const operation: Record<string, unknown> = {
      summary: spec.summary,
      tags: [spec.tag],
      operationId: `${spec.method}${spec.path.replace(/[/:-]+(\w)/g, (_m, c: string) => c.toUpperCase())}`,
      ...(parameters.length ? { parameters } : {}),
      responses,
      ...(spec.access === 'public' ? { security: [] } : { 'x-roles': spec.access === 'signed-in' ? ['any signed-in user'] : spec.access }),
    };
    if (spec.body === 'multipart') {
      operation.requestBody = { required: true, content: { 'multipart/form-data': { schema: { type: 'object' } } } };
    } else if (spec.body) {
      operation.requestBody = { required: true, content: { 'application/json': { schema: jsonSchema(spec.body, 'input') } } };
    }
    (paths[path] ??= {})[spec.method] = operation;
  }
  return {
    openapi: '3.1.0',
    info: { title: 'open-expo API', version, description: 'Virtual expo: catalogue, registration and review, booths, uploads, analytics beacons.' },
    components: {
      securitySchemes: {
        session: { type: 'apiKey', in: 'cookie', name: 'expo_session' },
        bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' },
      },
    },
    security: [{ session: [] }, { bearer: [] }],
    paths,
  };
}
