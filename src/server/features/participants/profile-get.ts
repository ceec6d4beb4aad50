import type { Ctx } from '../../context.ts';
import type { Db, Tx } from '../../db/database.ts';
import { decryptField } from '../../lib/crypto.ts';
import type { Actor } from '../identity/actor.ts';
import { loadDataKey } from '../keys/load-data-key.ts';
import { getParticipantForActor, type Participant } from './get-participant-for-actor.ts';

export const ownWordsBinding = (participantId: string) => ({
  table: 'participants',
  column: 'own_words',
  rowId: participantId,
});

export interface Profile {
  participant: Participant;
  /** Only for the person themself; `undefined` for anyone else. */
  ownWords: string | null | undefined;
}

/**
 * A profile, for the person or program staff. "In my own words" is opened for the person only:
 * it is free text that may say anything, and no consent choice covers showing it to staff, so
 * staff never see it (nor whether it is filled in).
 */
export async function getProfile(db: Db | Tx, ctx: Ctx, actor: Actor, participantId: string): Promise<Profile> {
  const participant = await getParticipantForActor(db, actor, participantId, 'self-or-staff');
  if (participant.userId !== actor.userId) return { participant, ownWords: undefined };
  return { participant, ownWords: await openOwnWords(db, ctx, participant) };
}

export async function openOwnWords(db: Db | Tx, ctx: Ctx, participant: Participant): Promise<string | null> {
  if (participant.ownWords === null) return null;
  const key = await loadDataKey(db, ctx, participant.dataKeyId);
  return decryptField(key, ownWordsBinding(participant.id), participant.ownWords);
}
