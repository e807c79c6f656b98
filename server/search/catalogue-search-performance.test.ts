import { beforeAll, describe, expect, it } from 'vitest';
import { CatalogueSearch, type SearchDocument, type SearchFilters } from './index';
import { syntheticCatalogue } from './synthetic-catalogue';

/** Milliseconds of wall time and of this process's CPU time that `work` takes. */
function measure<T>(work: () => T): { result: T; wallMs: number; cpuMs: number } {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const result = work();
  const wallMs = performance.now() - started;
  const used = process.cpuUsage(cpu);
  return { result, wallMs, cpuMs: (used.user + used.system) / 1000 };
}

const percentile = (values: number[], p: number): number => [...values].sort((a, b) => a - b)[Math.ceil(values.length * p) - 1]!;

/**
 * Build time and query latency at fair scale: 90 exhibitors and 10,900 products (the fair's own
 * ~900 and a 10,000-product generated catalogue). Logs the numbers; asserts only bounds loose
 * enough for a busy shared machine (targets: build under 2 s, typical query under 10 ms). The
 * bounds are on CPU time, which time spent waiting for a core shared with other jobs leaves out.
 */
describe('CatalogueSearch at fair scale', () => {
  let documents: SearchDocument[];
  let search: CatalogueSearch;
  let build: { wallMs: number; cpuMs: number };

  beforeAll(() => {
    documents = syntheticCatalogue({ exhibitors: 90, products: 10_900 });
    const measured = measure(() => new CatalogueSearch(documents));
    search = measured.result;
    build = measured;
  }, 120_000);

  it('builds 11k documents and answers mixed queries quickly', () => {
    expect(search.size).toBe(90 + 10_900);

    const codes = documents.flatMap((d) => (d.modelCode ? [d.modelCode] : [])).slice(0, 20);
    const companies = documents.filter((d) => d.kind === 'exhibitor').slice(0, 10);
    const texts = [
      '智能', '机器人', '加工中心', '激光切割机', '能', '电池', '充电桩', '摄像头', '5G 智能手机', 'LED 显示屏', '3D 打印机',
      'machine', 'robot arm', 'laser', 'battery pack', 'compressor', 'smartphone', 'mach', 'rob', 'las', 'sm', 'co',
      'machne', 'robto arm', 'compresor', 'batery', 'lazer cuting', 'smartphnoe', 'hydraulik press',
      ...codes, ...codes.map((c) => c.replace('-', '').toLowerCase()), ...codes.map((c) => c.split('-')[1]!),
      ...companies.map((c) => c.name.en), ...companies.map((c) => c.name['zh-CN']),
    ];
    const filters: SearchFilters[] = [{}, {}, {}, { kind: 'product' }, { category: 'industrial-robots' }, { country: 'DE' }];
    const queries = Array.from({ length: 200 }, (_, i) => ({ text: i % 25 === 0 ? '' : texts[i % texts.length]!, filters: filters[i % filters.length]! }));

    for (const { text, filters } of queries.slice(0, 20)) search.search(text, filters, { offset: 0, limit: 20 }); // warm up the JIT
    const runs = queries.map(({ text, filters }) => ({ text, ...measure(() => search.search(text, filters, { offset: 0, limit: 20 })) }));
    const wall = runs.map((r) => r.wallMs);
    const cpu = runs.map((r) => r.cpuMs);
    const slowest = [...runs].sort((a, b) => b.wallMs - a.wallMs).slice(0, 3);
    console.log(
      `catalogue search: ${search.size} documents built in ${build.wallMs.toFixed(0)} ms (CPU ${build.cpuMs.toFixed(0)} ms); ` +
        `${runs.length} queries: wall p50 ${percentile(wall, 0.5).toFixed(1)} ms, p99 ${percentile(wall, 0.99).toFixed(1)} ms; ` +
        `CPU p50 ${percentile(cpu, 0.5).toFixed(1)} ms, p99 ${percentile(cpu, 0.99).toFixed(1)} ms; ` +
        `slowest: ${slowest.map((r) => `"${r.text}" ${r.wallMs.toFixed(0)} ms (${r.result.total} hits)`).join(', ')}`,
    );

    expect(build.cpuMs).toBeLessThan(15_000);
    expect(percentile(cpu, 0.99)).toBeLessThan(200);
    // Still right at this size: a model code finds its products first.
    const top = search.search(codes[0]!, {}, { offset: 0, limit: 1 }).hits[0]!;
    expect(documents.find((d) => d.kind === top.kind && d.id === top.id)?.modelCode).toBe(codes[0]);
  }, 120_000);

  it('still finds exactly the documents holding every bigram, company names first', () => {
    const texts = new Map(documents.map((d) => [`${d.kind}:${d.id}`, [...Object.values(d.name), ...Object.values(d.exhibitorName), ...Object.values(d.description)].join('\n')]));
    const company = documents.find((d) => d.kind === 'exhibitor' && d.country === 'CN')!;
    const brand = company.name['zh-CN'].slice(2, 8); // e.g. 天工智能装备, after the region
    // The full name adds 有限公司, in every document: a stop word that must not change the matches.
    for (const query of [brand, company.name['zh-CN']]) {
      const bigrams = Array.from({ length: query.length - 1 }, (_, i) => query.slice(i, i + 2));
      const expected = [...texts].filter(([, text]) => bigrams.every((b) => text.includes(b))).map(([key]) => key);
      const { hits, total } = search.search(query, {}, { offset: 0, limit: 100_000 });
      expect(hits.map((h) => `${h.kind}:${h.id}`).sort()).toEqual(expected.sort());
      expect(total).toBeGreaterThan(0);
    }
    const top = search.search(company.name['zh-CN'], {}, { offset: 0, limit: 1 }).hits[0]!;
    expect(documents.find((d) => d.kind === top.kind && d.id === top.id)!.name['zh-CN']).toBe(company.name['zh-CN']);
    expect(top.kind).toBe('exhibitor');
  });
});
