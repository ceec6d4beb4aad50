import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Ctx } from '../../../context.ts';
import { requireActor } from '../../../http/actor-hook.ts';
import { errorResponses, id } from '../../../http/schemas.ts';
import { participantRoles } from '../tables.ts';
import { findImportProgramForStaff } from './find-import-program.ts';
import { checkParticipantImport, importParticipants } from './import-participants.ts';

const tags = ['participants'];
/** A 10,000-row file is about 1–2 MB; beyond 5 MB the request is refused with 413. */
const IMPORT_BODY_LIMIT = 5 * 1024 * 1024;
const PREVIEW_ROWS = 20;
const params = z.object({ programId: id });
const errorOut = z.object({ row: z.number().int(), column: z.string().nullable(), reason: z.string() });
const countsOut = z.object({
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  invited: z.number().int(),
  rejected: z.number().int(),
});
// Staff see that a row has experiences, never which: they are unconfirmed until the person consents.
const previewRowOut = z.object({
  row: z.number().int(),
  action: z.enum(['create', 'update', 'invite']),
  email: z.string().nullable(),
  username: z.string().nullable(),
  name: z.string().nullable(),
  role: z.enum(participantRoles),
  languages: z.array(z.string()),
  experienceCount: z.number().int(),
  timeZone: z.string().nullable(),
  birthDate: z.string().nullable(),
});
const csvBody = z.union([z.string(), z.object({ csv: z.string() })]);
const csvOf = (body: z.infer<typeof csvBody>) => (typeof body === 'string' ? body : body.csv);

/** The CSV import of the web app: a preview that writes nothing, then the import (program staff). */
export function registerImportRoutes(server: FastifyInstance, ctx: Ctx): void {
  server.register(async (scope) => {
    // A CSV file may be posted as it is; JSON `{ csv }` works too.
    scope.addContentTypeParser('text/csv', { parseAs: 'string' }, (_request, body, done) => done(null, body));
    const app = scope.withTypeProvider<ZodTypeProvider>();
    const { db } = ctx.database;

    app.post(
      '/api/programs/:programId/imports/preview',
      {
        bodyLimit: IMPORT_BODY_LIMIT,
        schema: {
          tags,
          summary: 'Checks a participants CSV against the program and shows what an import would do; writes nothing',
          params,
          body: csvBody,
          response: {
            200: z.object({
              validRows: z.number().int(),
              rejected: z.number().int(),
              errors: z.array(errorOut),
              rows: z.array(previewRowOut),
            }),
            ...errorResponses,
          },
        },
      },
      async (request) => {
        const actor = await requireActor(ctx, request);
        const program = await findImportProgramForStaff(db, actor, request.params.programId);
        const { plans, errors } = await checkParticipantImport(ctx, program, csvOf(request.body));
        return {
          validRows: plans.length,
          rejected: new Set(errors.map((e) => e.row)).size,
          errors,
          rows: plans.slice(0, PREVIEW_ROWS).map(({ kind, row }) => ({
            row: row.row,
            action: kind,
            email: row.email,
            username: row.username,
            name: row.name,
            role: row.role,
            languages: row.languages,
            experienceCount: row.experiences.length,
            timeZone: row.timeZone,
            birthDate: row.birthDate,
          })),
        };
      },
    );

    app.post(
      '/api/programs/:programId/imports',
      {
        bodyLimit: IMPORT_BODY_LIMIT,
        schema: {
          tags,
          summary: 'Imports participants from CSV; with errors nothing is written unless validOnly (program staff)',
          params,
          body: z.object({ csv: z.string(), validOnly: z.boolean().default(false) }),
          response: {
            200: z.object({ written: z.boolean(), counts: countsOut, errors: z.array(errorOut) }),
            ...errorResponses,
          },
        },
      },
      async (request) => {
        const actor = await requireActor(ctx, request);
        const program = await findImportProgramForStaff(db, actor, request.params.programId);
        return importParticipants(ctx, actor, program, request.body);
      },
    );
  });
}
