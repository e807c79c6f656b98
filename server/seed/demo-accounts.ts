import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ExhibitorRegistration, Exhibitor } from '../../model';
import { hashPassword } from '../auth';
import type { Store } from '../store';
import type { BlobStore } from '../uploads';
import { DEMO_EXPO_ID } from './demo-expo';

/**
 * Sign-ins for trying the demo fair, printed at first start and listed in the README. They exist
 * only in the seeded demo; a real fair creates its organizer with its own password.
 */
export const DEMO_ACCOUNTS = {
  organizer: { email: 'organizer@expo.example', password: 'organizer-demo-2026' },
  exhibitor: { email: 'exhibitor@expo.example', password: 'exhibitor-demo-2026', exhibitorId: 'ex-001' },
  visitor: { email: 'visitor@expo.example', password: 'visitor-demo-2026' },
} as const;

/** Companies waiting in the organizer's review queue, so the review page has work to show. */
const PENDING = [
  { id: 'ex-pending-1', zh: '杭州云帆智能装备有限公司', en: 'Hangzhou Yunfan Intelligent Equipment Co., Ltd.', uscc: '91330100MA2H3K5L7U', person: '陈静', phone: '13800138001', category: 'industrial-robots' },
  { id: 'ex-pending-2', zh: '深圳微光照明科技有限公司', en: 'Shenzhen Weiguang Lighting Technology Co., Ltd.', uscc: '91440300MA5F8N2Q3H', person: '李明', phone: '13800138002', category: 'industrial-lighting' },
  { id: 'ex-pending-3', zh: '苏州绿源包装材料有限公司', en: 'Suzhou Lvyuan Packaging Materials Co., Ltd.', uscc: '91320500MA1P6R4T9Y', person: '王芳', phone: '13800138003', category: 'packaging-machinery' },
] as const;

/** A one-page PDF standing in for a scanned business licence. */
function licencePdf(company: string): Buffer {
  const text = `Business licence (demo) - ${company}`.replace(/[()\\]/g, '');
  const stream = `BT /F1 14 Tf 60 760 Td (${text}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/**
 * Adds the demo sign-ins and three pending exhibitor registrations (with licence files) to a
 * freshly seeded demo fair. Categories are taken from the seeded taxonomy when they exist.
 */
export async function seedDemoAccounts(store: Store, documents: BlobStore): Promise<void> {
  const now = new Date().toISOString();
  const known = new Set((await store.categories.list(DEMO_EXPO_ID)).map((c) => c.id));
  const fallbackCategory = [...known][0] ?? 'general';
  const pending: { exhibitor: Exhibitor; registration: ExhibitorRegistration; userId: string; email: string }[] = [];
  for (const [i, p] of PENDING.entries()) {
    const bytes = licencePdf(p.en);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const tmp = path.join(documents.tmpDir, `seed-${sha256}`);
    await mkdir(documents.tmpDir, { recursive: true });
    await writeFile(tmp, bytes);
    const blob = await documents.commit(tmp, sha256, { kind: 'document', contentType: 'application/pdf', ext: 'pdf' });
    const category = known.has(p.category) ? p.category : fallbackCategory;
    const exhibitor: Exhibitor = {
      version: 1,
      id: p.id,
      expoId: DEMO_EXPO_ID,
      name: { 'zh-CN': p.zh, en: p.en },
      description: { 'zh-CN': p.zh, en: p.en },
      country: 'CN',
      categories: [category],
      status: 'pending',
    };
    const userId = `u-pending-${i + 1}`;
    const email = `pending${i + 1}@expo.example`;
    const registration: ExhibitorRegistration = {
      version: 1,
      id: `reg-pending-${i + 1}`,
      expoId: DEMO_EXPO_ID,
      exhibitorId: p.id,
      userId,
      companyName: exhibitor.name,
      uscc: p.uscc,
      contactPerson: p.person,
      phone: p.phone,
      email,
      country: 'CN',
      categories: [category],
      licence: { sha256: blob.sha256, url: `/api/exhibitor-registrations/reg-pending-${i + 1}/licence`, contentType: blob.contentType, bytes: blob.bytes },
      status: 'pending',
      submittedAt: new Date(Date.parse(now) - (PENDING.length - i) * 3_600_000).toISOString(),
    };
    pending.push({ exhibitor, registration, userId, email });
    await store.uploads.record({ kind: 'document', sha256: blob.sha256, url: blob.url, contentType: blob.contentType, bytes: blob.bytes }, blob.ext, undefined, now);
  }

  const accounts = await Promise.all([
    hashPassword(DEMO_ACCOUNTS.organizer.password),
    hashPassword(DEMO_ACCOUNTS.exhibitor.password),
    hashPassword(DEMO_ACCOUNTS.visitor.password),
    hashPassword(DEMO_ACCOUNTS.exhibitor.password),
  ]);
  const [organizerHash, exhibitorHash, visitorHash, pendingHash] = accounts as [string, string, string, string];
  await store.transaction(async (tx) => {
    await tx.users.insert({ id: 'u-organizer', email: DEMO_ACCOUNTS.organizer.email, passwordHash: organizerHash, role: 'organizer', expoId: DEMO_EXPO_ID, displayName: 'Demo organizer', createdAt: now });
    await tx.users.insert({
      id: 'u-exhibitor',
      email: DEMO_ACCOUNTS.exhibitor.email,
      passwordHash: exhibitorHash,
      role: 'exhibitor',
      expoId: DEMO_EXPO_ID,
      exhibitorId: DEMO_ACCOUNTS.exhibitor.exhibitorId,
      displayName: 'Demo exhibitor',
      createdAt: now,
    });
    await tx.users.insert({ id: 'u-visitor', email: DEMO_ACCOUNTS.visitor.email, passwordHash: visitorHash, role: 'visitor', expoId: DEMO_EXPO_ID, displayName: 'Demo visitor', createdAt: now });
    for (const p of pending) {
      await tx.exhibitors.insert(p.exhibitor);
      await tx.users.insert({ id: p.userId, email: p.email, passwordHash: pendingHash, role: 'exhibitor', expoId: DEMO_EXPO_ID, exhibitorId: p.exhibitor.id, displayName: p.registration.contactPerson, createdAt: now });
      await tx.exhibitorRegistrations.insert(p.registration);
    }
  });
}
