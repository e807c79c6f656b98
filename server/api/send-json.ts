import { createHash } from 'node:crypto';
import type { Request, Response } from 'express';
import { ifNoneMatchHits } from '../http';
import type { CachedBody } from './response-cache';

/**
 * Sends a JSON body with a strong ETag and answers `If-None-Match` with 304, for every GET. Bodies
 * served often are cached serialized (see ResponseCache) and sent with `sendCached`.
 */
export function sendJson(req: Request, res: Response, value: unknown, cacheControl: string): void {
  const body = Buffer.from(JSON.stringify(value), 'utf8');
  sendCached(req, res, { body, etag: etagOf(body) }, cacheControl);
}

export function etagOf(body: Buffer): string {
  return `"${createHash('sha1').update(body).digest('base64url')}"`;
}

/** Answers from a serialized body: 304 when the client's `If-None-Match` names it, else the JSON. */
export function sendCached(req: Request, res: Response, cached: CachedBody, cacheControl = 'no-cache'): void {
  res.set({ 'Cache-Control': cacheControl, ETag: cached.etag, 'Content-Type': 'application/json; charset=utf-8' });
  if (res.statusCode === 200 && ifNoneMatchHits(req.get('If-None-Match'), cached.etag)) {
    res.status(304).end();
    return;
  }
  res.send(cached.body);
}
