import { api } from '../../../lib/api.ts';
import { useScheduleMutation } from './use-schedule-mutation.ts';

export const endSeries = (seriesId: string, reason: string) =>
  api<null>(`/api/series/${seriesId}/end`, { method: 'POST', body: { reason } });

/** Stops the rhythm with a reason: its later meetings are cancelled. */
export const useEndSeries = (matchId: string) =>
  useScheduleMutation(matchId, ({ seriesId, reason }: { seriesId: string; reason: string }) =>
    endSeries(seriesId, reason),
  );
