import type { UseQueryResult } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../../components/links.tsx';
import { Page } from '../../../components/page.tsx';
import { QueryContent } from '../../../components/query-content.tsx';
import { Section } from '../../../components/section.tsx';
import { isApiError } from '../../../lib/api.ts';
import { useProgram } from '../../organizations/api/get-program.ts';
import { useCurrentAgreement } from '../api/get-current-agreement.ts';
import type { Agreement } from '../api/types.ts';
import { CurrentAgreementView } from '../components/current-agreement-view.tsx';
import { PublishAgreementForm } from '../components/publish-agreement-form.tsx';

const route = getRouteApi('/_app/programs/$programId/agreement');

/** A version's text in a language, when it was published in that language (not the fallback). */
const textIn = (query: UseQueryResult<Agreement>, language: string) =>
  query.data?.language === language ? query.data.body : '';

/** Program staff read the current confidentiality agreement and publish a new version of it. */
export function AgreementEditorPage() {
  const { t } = useTranslation();
  const { programId } = route.useParams();
  const program = useProgram(programId);
  const name = program.data?.name ?? '';
  // Both languages, so the new version starts from the current text in each.
  const english = useCurrentAgreement(programId, 'en');
  const spanish = useCurrentAgreement(programId, 'es');
  const isMissing = isApiError(english.error, 'AGREEMENT_NOT_FOUND');
  // After a publish both refetch; the form waits until both answers are of the same version.
  const isLoaded = isMissing || (english.isSuccess && spanish.data?.version === english.data.version);
  const version = english.data?.version ?? 0;
  return (
    <Page
      title={t('agreementEditor.title', { program: name })}
      intro={
        <AnchorLink to="/programs/$programId" params={{ programId }}>
          {t('participants.backToProgram', { program: name })}
        </AnchorLink>
      }
    >
      <Section title={t('agreementEditor.currentTitle')}>
        <CurrentAgreementView programId={programId} />
      </Section>
      <Section title={t('agreementEditor.publishTitle')}>
        {isLoaded ? (
          <PublishAgreementForm
            key={version}
            programId={programId}
            nextVersion={version + 1}
            initialTexts={{ en: textIn(english, 'en'), es: textIn(spanish, 'es') }}
          />
        ) : (
          <QueryContent query={english.isError ? english : spanish}>{() => null}</QueryContent>
        )}
      </Section>
    </Page>
  );
}
