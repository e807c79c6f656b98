import { describe, expect, it } from 'vitest';
import { ResponseCache } from './response-cache';

describe('ResponseCache', () => {
  it('builds once per data version and shares one build between concurrent requests', async () => {
    let version = 1;
    let builds = 0;
    const cache = new ResponseCache(() => version);
    const build = async () => {
      builds++;
      await new Promise((r) => setImmediate(r));
      return { hall: 'hall-1', builds };
    };
    const [a, b] = await Promise.all([cache.get('hall-1', build), cache.get('hall-1', build)]);
    expect(builds).toBe(1);
    expect(a).toBe(b);
    expect(JSON.parse(a!.body.toString('utf8'))).toEqual({ hall: 'hall-1', builds: 1 });
    expect(await cache.get('hall-1', build)).toBe(a);

    version = 2;
    const c = await cache.get('hall-1', build);
    expect(builds).toBe(2);
    expect(c!.etag).not.toBe(a!.etag); // the body changed, so the tag did
  });

  it('keeps neither misses nor failures', async () => {
    const cache = new ResponseCache(() => 1);
    let calls = 0;
    expect(await cache.get('nope', async () => (calls++, undefined))).toBeUndefined();
    expect(await cache.get('nope', async () => (calls++, undefined))).toBeUndefined();
    expect(calls).toBe(2);
    await expect(cache.get('boom', async () => Promise.reject(new Error('db down')))).rejects.toThrow('db down');
    expect(await cache.get('boom', async () => ({ ok: true }))).toBeDefined();
  });

  it('gives equal bodies equal strong ETags', async () => {
    const cache = new ResponseCache(() => 1);
    const x = await cache.get('x', async () => ({ a: 1 }));
    const y = await cache.get('y', async () => ({ a: 1 }));
    expect(x!.etag).toMatch(/^"[A-Za-z0-9_-]{27}"$/);
    expect(x!.etag).toBe(y!.etag);
  });
});
