import type { Db, Tx } from '../../db/database.ts';
import { AppError } from '../../errors.ts';
import type { Actor } from '../identity/actor.ts';
import { getProgramForMember } from '../training/get-program-for-member.ts';
import { type AgreementText, findCurrentAgreementVersion } from './find-current-agreement-version.ts';

/**
 * The latest version of a program's agreement in the asked language. When that version was not
 * published in it, the English text (or the first there is) is served and `languages` says which exist.
 */
export async function getCurrentAgreement(db: Db | Tx, actor: Actor, programId: string, language: string | undefined) {
  await getProgramForMember(db, actor, programId);
  const current = await findCurrentAgreementVersion(db, programId);
  if (!current) throw new AppError('AGREEMENT_NOT_FOUND', 'This program has no confidentiality agreement.');
  const text = pickText(current.texts, language ?? actor.locale);
  return { text, languages: current.texts.map((t) => t.language) };
}

function pickText(texts: AgreementText[], language: string): AgreementText {
  const text = texts.find((t) => t.language === language) ?? texts.find((t) => t.language === 'en') ?? texts[0];
  if (!text) throw new Error('an agreement version without text');
  return text;
}
