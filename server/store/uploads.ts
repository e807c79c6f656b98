import type { UploadResult } from '../../model';
import type { ExpoDb, OnWrite } from './database';

export type UploadRepository = ReturnType<typeof createUploadRepository>;

/** Records of checked files; the bytes live in the blob store under the same hash. Not cached data: no data-version bump. */
export function createUploadRepository(db: ExpoDb, _onWrite: OnWrite) {
  return {
    /** Records a file once; the same bytes uploaded again keep their first record. */
    async record(result: UploadResult, ext: string, createdBy: string | undefined, at: string): Promise<void> {
      await db
        .insertInto('uploads')
        .values({
          sha256: result.sha256,
          kind: result.kind,
          content_type: result.contentType,
          ext,
          bytes: result.bytes,
          created_by: createdBy ?? null,
          created_at: at,
          report: JSON.stringify(result),
        })
        .onConflict((oc) => oc.column('sha256').doNothing())
        .execute();
    },

    /** A stored file's check report, with the extension it is stored under and who sent it first. */
    async get(sha256: string): Promise<(UploadResult & { ext: string; createdBy?: string }) | undefined> {
      const row = await db.selectFrom('uploads').select(['report', 'ext', 'created_by']).where('sha256', '=', sha256).executeTakeFirst();
      if (!row) return undefined;
      return { ...(JSON.parse(row.report) as UploadResult), ext: row.ext, ...(row.created_by ? { createdBy: row.created_by } : {}) };
    },
  };
}
