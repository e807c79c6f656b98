/**
 * RFC 9110 §13.1.2: does an `If-None-Match` header name this entity tag? Weak comparison, `*`
 * matches anything. Not express's `req.fresh`: that also demands the request carry no
 * `Cache-Control: no-cache`, which `fetch()` adds whenever a script sets If-None-Match itself —
 * exactly how the app revalidates a hall it keeps offline.
 */
export function ifNoneMatchHits(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => opaque(tag) === opaque(etag));
}
