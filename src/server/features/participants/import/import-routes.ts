import { PassThrough } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Ctx } from '../../../context.ts';
import { AppError } from '../../../errors.ts';
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
  rejected: z.number().int(),
});
const summaryOut = z.object({
  written: z.boolean(),
  counts: countsOut,
  invited: z.number().int(),
  errors: z.array(errorOut),
});
/** With `Accept: application/x-ndjson` the import answers with these, one JSON object per line. */
const importEvent = z.discriminatedUnion('type', [
  z.object({ type: z.literal('progress'), done: z.number().int(), total: z.number().int() }),
  summaryOut.extend({ type: z.literal('summary') }),
  z.object({ type: z.literal('error'), error: z.object({ code: z.string(), message: z.string() }) }),
]);
// Staff see that a row has experiences, never which: they are unconfirmed until the person consents.
const previewRowOut = z.object({
  row: z.number().int(),
  action: z.enum(['create', 'update', 'unchanged']),
  /** The person has no account yet: one is made, and with an email they are sent a link. */
  newAccount: z.boolean(),
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
              actions: z.object({ create: z.number().int(), update: z.number().int(), unchanged: z.number().int() }),
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
        const count = (kind: string) => plans.filter((p) => p.kind === kind).length;
        return {
          validRows: plans.length,
          actions: { create: count('create'), update: count('update'), unchanged: count('unchanged') },
          rejected: new Set(errors.map((e) => e.row)).size,
          errors,
          rows: plans.slice(0, PREVIEW_ROWS).map((plan) => ({
            row: plan.row.row,
            action: plan.kind,
            newAccount: plan.kind === 'create' && plan.account.kind === 'new',
            email: plan.row.email,
            username: plan.row.username,
            name: plan.row.name,
            role: plan.row.role,
            languages: plan.row.languages,
            experienceCount: plan.row.experiences.length,
            timeZone: plan.row.timeZone,
            birthDate: plan.row.birthDate,
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
          description:
            'Answers with the summary as JSON; with `Accept: application/x-ndjson` it streams progress events, one JSON object a line, ending with the summary (or an error).',
          params,
          body: z.object({ csv: z.string(), validOnly: z.boolean().default(false) }),
          response: { 200: summaryOut, ...errorResponses },
        },
      },
      async (request, reply) => {
        const actor = await requireActor(ctx, request);
        const program = await findImportProgramForStaff(db, actor, request.params.programId);
        if (!request.headers.accept?.includes('application/x-ndjson')) {
          return importParticipants(ctx, actor, program, request.body);
        }
        // Progress as the batches commit: the web app shows a bar for a long file.
        const events = new PassThrough();
        const send = (event: z.input<typeof importEvent>) =>
          events.write(`${JSON.stringify(importEvent.parse(event))}\n`);
        importParticipants(ctx, actor, program, request.body, (done, total) => send({ type: 'progress', done, total }))
          .then((summary) => send({ type: 'summary', ...summary }))
          .catch((error: unknown) => {
            if (!(error instanceof AppError)) request.log.error({ err: error }, 'participants import failed');
            const known = error instanceof AppError;
            send({
              type: 'error',
              error: {
                code: known ? error.code : 'INTERNAL',
                message: known
                  ? error.message
                  : 'The import stopped on an unexpected error. Batches already written are kept; import the file again to finish.',
              },
            });
          })
          .finally(() => events.end());
        // Fastify pipes a stream as it is; the route's types describe only the JSON answer.
        return reply.type('application/x-ndjson').send(events as never);
      },
    );
  });
}
