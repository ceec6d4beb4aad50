import { eq } from 'drizzle-orm';
import type { Db, Tx } from '../../db/database.ts';
import { findCurrentAgreementVersion } from '../agreements/find-current-agreement-version.ts';
import { user } from '../identity/tables.ts';
import { en } from '../mail/locales/en.ts';
import { es } from '../mail/locales/es.ts';
import { organizations, programs } from '../organizations/tables.ts';
import { getProgramParticipation } from '../participants/get-program-participation.ts';
import { findGuardianshipByToken } from './find-guardianship-by-token.ts';
import { firstName, type GuardianLanguage } from './invite-guardian.ts';

const pageText = { en: en.guardianPage, es: es.guardianPage };

/**
 * What a guardian reads before consenting, in English or Spanish: the program, the child's first
 * name, what is kept, and the program's current confidentiality agreement (which states its
 * safety limits). Nothing else about the child is shown to whoever holds the link.
 */
export async function getGuardianPage(db: Db | Tx, token: string, language: GuardianLanguage, now: Date) {
  const { guardianship, participant } = await findGuardianshipByToken(db, token, now);
  const [names] = await db
    .select({
      child: user.name,
      programName: programs.name,
      programDescription: programs.description,
      organizationName: organizations.name,
    })
    .from(programs)
    .innerJoin(organizations, eq(organizations.id, programs.organizationId))
    .innerJoin(user, eq(user.id, participant.userId))
    .where(eq(programs.id, participant.programId));
  if (!names) throw new Error('a participant without program or user');
  const agreement = await findCurrentAgreementVersion(db, participant.programId);
  const agreementText =
    agreement?.texts.find((t) => t.language === language) ?? agreement?.texts.find((t) => t.language === 'en') ?? null;
  const [account] = await db.select({ id: user.id }).from(user).where(eq(user.email, guardianship.email));
  const { guardianConsentAge } = await getProgramParticipation(db, participant.programId);
  return {
    language,
    email: guardianship.email,
    hasAccount: account !== undefined,
    expiresAt: guardianship.expiresAt,
    childFirstName: firstName(names.child),
    role: participant.role,
    guardianConsentAge,
    programName: names.programName,
    programDescription: names.programDescription,
    organizationName: names.organizationName,
    about: pageText[language].about,
    dataKept: pageText[language].dataKept,
    guardianSees: pageText[language].guardianSees,
    agreement: agreementText
      ? { version: agreementText.version, language: agreementText.language, body: agreementText.body }
      : null,
  };
}
