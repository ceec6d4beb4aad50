import { z } from 'zod';
import type { Ctx } from '../../context.ts';
import { deliverAttendanceRequest } from './deliver-attendance-request.ts';
import { deliverCommitmentOverdue } from './deliver-commitment-overdue.ts';
import { deliverMeetingReminder } from './deliver-meeting-reminder.ts';
import { deliverNoMeetingAlerts } from './deliver-no-meeting-alerts.ts';
import { deliverProposalNudge } from './deliver-proposal-nudge.ts';
import { REMINDER_JOB, type ReminderPayload, reminderPayload } from './reminder-payload.ts';

/**
 * Delivers one reminder or nudge. Idempotent: the handler re-reads what the reminder is about,
 * and the delivery ledger's key makes a retry, a restart or a second worker deliver nothing more.
 */
export const reminderJob = {
  name: REMINDER_JOB,
  payload: reminderPayload,
  retryLimit: 5,
  async handler(ctx: Ctx, job: ReminderPayload) {
    await ctx.database.db.transaction(async (tx) => {
      switch (job.kind) {
        case 'meeting':
          return void (await deliverMeetingReminder(tx, ctx, job));
        case 'attendance':
          return void (await deliverAttendanceRequest(tx, ctx, job));
        case 'proposal':
          return void (await deliverProposalNudge(tx, ctx, job));
        case 'commitment':
          return void (await deliverCommitmentOverdue(tx, ctx, job));
      }
    });
  },
};

/** Once a day (and once after the server was down over its time): matches that stopped meeting. */
export const noMeetingCheckJob = {
  name: 'no-meeting-check',
  payload: z.object({}),
  retryLimit: 2,
  cron: '0 7 * * *',
  async handler(ctx: Ctx) {
    await deliverNoMeetingAlerts(ctx);
  },
};
