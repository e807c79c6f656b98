import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import {
  ExhibitorRegistrationPage,
  ExhibitorRegistrationSchema,
  ExhibitorSignUp,
  formatIssues,
  Id,
  RegistrationQuery,
  ReviewDecision,
  SessionInfo,
  VisitorRegistrationPage,
  VisitorRegistrationSchema,
  VisitorSignUp,
  type Exhibitor,
  type ExhibitorRegistration,
  type VisitorRegistration,
} from '../../../model';
import { hashPassword } from '../../auth';
import { maxBytesFor, MissingFileError, receiveMultipartFile, UploadError, type ReceivedFile } from '../../uploads';
import { assertMayManageExhibitor, assertOrganizerOf } from '../access';
import { ApiError, notFound } from '../api-error';
import { unknownCategories } from '../category-check';
import type { ApiContext } from '../api-context';
import { route } from '../route';
import { startSession } from './auth-routes';
import { receiveAndStore } from './upload-routes';

const IdParams = z.object({ id: Id });
const newId = (prefix: string) => `${prefix}-${randomBytes(6).toString('hex')}`;

/**
 * Sign-up and review. An exhibitor registers with its company, credit code, contact and licence;
 * automatic checks answer with one message per failing field; the registration waits as `pending`
 * until an organizer approves it or rejects it with a reason the exhibitor sees. Visitors sign up
 * with their purchasing intent and are approved at once or reviewed, as the expo is set.
 */
export function registrationRoutes(ctx: ApiContext): void {
  const { router, registry, store, documents, uploadLimits } = ctx;

  router.post(['/expos/:id/exhibitor-registrations', '/expos/:id/visitor-registrations'], ctx.rateLimits.signUp);

  /** Field problems that need the database: a taken email or credit code, categories the expo lacks. */
  async function crossChecks(expoId: string, input: { email: string; categories: readonly string[]; uscc?: string }): Promise<string[]> {
    const problems: string[] = [];
    if (await store.users.findByEmail(input.email)) problems.push('email: already registered: sign in instead');
    if (input.uscc && (await store.exhibitorRegistrations.usccTaken(expoId, input.uscc))) {
      problems.push('uscc: a company with this credit code has already registered for this expo');
    }
    problems.push(...(await unknownCategories(store, expoId, input.categories.map((id, i) => ({ path: `categories[${i}]`, id })))));
    return problems;
  }

  const refuse = (problems: string[]) => new ApiError(400, 'bad_request', 'the registration has problems: see details', problems);

  route(
    router,
    registry,
    {
      method: 'post',
      path: '/expos/:id/exhibitor-registrations',
      summary: 'Exhibitor sign-up: multipart with field `data` (ExhibitorSignUp JSON) and file `licence` (PDF, PNG, JPEG or WebP). Signs the new account in.',
      tag: 'registration',
      access: 'public',
      params: IdParams,
      body: 'multipart',
      success: { status: 201, schema: SessionInfo },
      errors: [400, 404, 413, 415, 429],
    },
    async ({ params, req, res }) => {
      const expo = await store.expos.get(params.id);
      if (!expo) throw notFound(`expo "${params.id}" not found`);
      let received: ReceivedFile | undefined;
      let fields: Record<string, string>;
      const problems: string[] = [];
      try {
        received = await receiveMultipartFile(req, { maxBytes: maxBytesFor('document', uploadLimits), tmpDir: documents.tmpDir, fieldName: 'licence' });
        fields = received.fields;
      } catch (error) {
        // A missing licence is one more field problem; anything else (too large, malformed) stops here.
        if (!(error instanceof MissingFileError)) throw error;
        fields = error.fields;
        problems.push('licence: attach the business licence (PDF, PNG, JPEG or WebP, at most 10 MB)');
      }
      try {
        let raw: unknown;
        try {
          raw = JSON.parse(fields.data ?? '');
        } catch {
          throw refuse(['data: send the form as JSON in the multipart field "data"', ...problems]);
        }
        const parsed = ExhibitorSignUp.safeParse(raw);
        if (!parsed.success) problems.unshift(...formatIssues(parsed.error));
        const input = parsed.success ? parsed.data : undefined;
        if (input) problems.push(...(await crossChecks(expo.id, input)));
        if (problems.length > 0 || !input || !received) throw refuse(problems);

        const licence = await receiveAndStore(received, 'document', documents, uploadLimits).catch((error: unknown) => {
          if (error instanceof UploadError) throw refuse([`licence: ${error.message}`, ...(error.details ?? []).map((d) => `licence: ${d}`)]);
          throw error;
        });
        received = undefined;

        const now = new Date().toISOString();
        const userId = newId('u');
        const exhibitorId = newId('ex');
        const registrationId = newId('reg');
        const exhibitor: Exhibitor = {
          version: 1,
          id: exhibitorId,
          expoId: expo.id,
          name: input.companyName,
          description: input.description ?? { 'zh-CN': input.companyName['zh-CN'], en: input.companyName.en },
          country: input.country,
          categories: input.categories,
          status: 'pending',
          ...(input.website ? { website: input.website } : {}),
        };
        const registration: ExhibitorRegistration = {
          version: 1,
          id: registrationId,
          expoId: expo.id,
          exhibitorId,
          userId,
          companyName: input.companyName,
          uscc: input.uscc,
          contactPerson: input.contactPerson,
          phone: input.phone,
          email: input.email,
          country: input.country,
          categories: input.categories,
          licence: { sha256: licence.result.sha256, url: `/api/exhibitor-registrations/${registrationId}/licence`, contentType: licence.result.contentType, bytes: licence.result.bytes },
          status: 'pending',
          submittedAt: now,
        };
        const passwordHash = await hashPassword(input.password);
        await store.transaction(async (tx) => {
          await tx.exhibitors.insert(exhibitor);
          await tx.users.insert({ id: userId, email: input.email, passwordHash, role: 'exhibitor', expoId: expo.id, exhibitorId, displayName: input.contactPerson, createdAt: now });
          await tx.exhibitorRegistrations.insert(registration);
          await tx.uploads.record(licence.result, licence.ext, userId, now);
        });
        res.status(201);
        return startSession(ctx, res, userId);
      } finally {
        if (received) await documents.discard(received.tmpPath);
      }
    },
  );

  route(
    router,
    registry,
    {
      method: 'post',
      path: '/expos/:id/visitor-registrations',
      summary: 'Visitor sign-up with purchasing intent; approved at once or queued for review, as the expo is set. Signs the new account in.',
      tag: 'registration',
      access: 'public',
      params: IdParams,
      body: VisitorSignUp,
      success: { status: 201, schema: SessionInfo },
      errors: [400, 404, 429],
    },
    async ({ params, body, res }) => {
      const expo = await store.expos.get(params.id);
      if (!expo) throw notFound(`expo "${params.id}" not found`);
      const problems = await crossChecks(expo.id, { email: body.email, categories: body.intent.categories });
      if (problems.length > 0) throw refuse(problems);
      const settings = (await store.expos.settings(expo.id))!;
      const now = new Date().toISOString();
      const userId = newId('u');
      const { password, acceptTerms: _terms, ...profile } = body;
      const registration: VisitorRegistration = {
        ...profile,
        version: 1,
        id: newId('vreg'),
        expoId: expo.id,
        userId,
        status: settings.visitorReview === 'auto' ? 'approved' : 'pending',
        submittedAt: now,
        ...(settings.visitorReview === 'auto' ? { reviewedAt: now } : {}),
      };
      const passwordHash = await hashPassword(password);
      await store.transaction(async (tx) => {
        await tx.users.insert({ id: userId, email: body.email, passwordHash, role: 'visitor', expoId: expo.id, displayName: body.displayName, createdAt: now });
        await tx.visitorRegistrations.insert(registration);
      });
      res.status(201);
      return startSession(ctx, res, userId);
    },
  );

  for (const kind of ['exhibitor', 'visitor'] as const) {
    const repo = kind === 'exhibitor' ? store.exhibitorRegistrations : store.visitorRegistrations;
    route(
      router,
      registry,
      {
        method: 'get',
        path: `/expos/:id/${kind}-registrations`,
        summary: `The ${kind} review queue, oldest first (organizers of the expo)`,
        tag: 'registration',
        access: ['organizer'],
        params: IdParams,
        query: RegistrationQuery,
        success: { schema: kind === 'exhibitor' ? ExhibitorRegistrationPage : VisitorRegistrationPage },
        errors: [400, 401, 403],
        cacheControl: 'private, no-cache',
      },
      async ({ params, query, user }) => {
        assertOrganizerOf(user, params.id);
        const { items, total } = await repo.page({ expoId: params.id, ...(query.status ? { status: query.status } : {}), offset: (query.page - 1) * query.pageSize, limit: query.pageSize });
        return { items, page: query.page, pageSize: query.pageSize, total };
      },
    );
  }

  route(
    router,
    registry,
    {
      method: 'get',
      path: '/exhibitor-registrations/:id',
      summary: 'One exhibitor registration (the exhibitor itself, or its organizers)',
      tag: 'registration',
      access: 'signed-in',
      params: IdParams,
      success: { schema: ExhibitorRegistrationSchema },
      errors: [401, 403, 404],
      cacheControl: 'private, no-cache',
    },
    async ({ params, user }) => {
      const registration = await store.exhibitorRegistrations.get(params.id);
      if (!registration) throw notFound(`registration "${params.id}" not found`);
      assertMayManageExhibitor(user, { id: registration.exhibitorId, expoId: registration.expoId });
      return registration;
    },
  );

  route(
    router,
    registry,
    {
      method: 'get',
      path: '/exhibitor-registrations/:id/licence',
      summary: 'The business licence file (the exhibitor itself, or its organizers)',
      tag: 'registration',
      access: 'signed-in',
      params: IdParams,
      success: { description: 'the file, with its sniffed content type' },
      errors: [401, 403, 404],
    },
    async ({ params, user, req, res }) => {
      const registration = await store.exhibitorRegistrations.get(params.id);
      if (!registration) throw notFound(`registration "${params.id}" not found`);
      assertMayManageExhibitor(user, { id: registration.exhibitorId, expoId: registration.expoId });
      const upload = await store.uploads.get(registration.licence.sha256);
      if (!upload || !(await documents.send(req, res, upload.sha256, upload.ext, 'private, no-store'))) throw notFound('the licence file is missing');
    },
  );

  route(
    router,
    registry,
    {
      method: 'get',
      path: '/visitor-registrations/:id',
      summary: 'One visitor registration with contact details (the visitor itself, or its organizers)',
      tag: 'registration',
      access: 'signed-in',
      params: IdParams,
      success: { schema: VisitorRegistrationSchema },
      errors: [401, 403, 404],
      cacheControl: 'private, no-cache',
    },
    async ({ params, user }) => {
      const registration = await store.visitorRegistrations.get(params.id);
      if (!registration) throw notFound(`registration "${params.id}" not found`);
      const own = user!.id === registration.userId;
      if (!own) assertOrganizerOf(user, registration.expoId);
      return registration;
    },
  );

  for (const kind of ['exhibitor', 'visitor'] as const) {
    route(
      router,
      registry,
      {
        method: 'post',
        path: `/${kind}-registrations/:id/review`,
        summary: `Approve a ${kind} registration, or reject it with a reason the ${kind} will see (organizers of the expo)`,
        tag: 'registration',
        access: ['organizer'],
        params: IdParams,
        body: ReviewDecision,
        success: { schema: kind === 'exhibitor' ? ExhibitorRegistrationSchema : VisitorRegistrationSchema },
        errors: [400, 401, 403, 404],
      },
      async ({ params, body, user }) => {
        const repo = kind === 'exhibitor' ? store.exhibitorRegistrations : store.visitorRegistrations;
        const registration = await repo.get(params.id);
        if (!registration) throw notFound(`registration "${params.id}" not found`);
        assertOrganizerOf(user, registration.expoId);
        const status = body.decision === 'approve' ? 'approved' : 'rejected';
        const { reviewReason: _old, ...rest } = registration;
        const reviewed = { ...rest, status, reviewedAt: new Date().toISOString(), reviewedBy: user.id, ...(body.decision === 'reject' ? { reviewReason: body.reason } : {}) } as const;
        return store.transaction(async (tx) => {
          if (kind === 'visitor') return tx.visitorRegistrations.update(reviewed as VisitorRegistration);
          const stored = await tx.exhibitorRegistrations.update(reviewed as ExhibitorRegistration);
          const exhibitor = await tx.exhibitors.get(stored.exhibitorId);
          if (exhibitor) await tx.exhibitors.update({ ...exhibitor, status });
          return stored;
        });
      },
    );
  }
}
