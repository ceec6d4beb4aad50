import { List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { MarkdownLesson } from '../../training/components/markdown-lesson.tsx';
import type { GuardianPageData } from '../api/get-guardian-page.ts';

/** What a guardian reads before consenting: the program, what is kept, and the agreement. */
export function GuardianExplanation({ page }: { page: GuardianPageData }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md" lang={page.language}>
      <Text>
        {t('guardian.intro', {
          child: page.childFirstName,
          program: page.programName,
          organization: page.organizationName,
          age: page.guardianConsentAge,
        })}
      </Text>
      <Title order={2}>{t('guardian.aboutTitle')}</Title>
      <Text>{page.about}</Text>
      {page.programDescription && <Text>{page.programDescription}</Text>}
      <Title order={2}>{t('guardian.dataTitle')}</Title>
      <List>
        {page.dataKept.map((line) => (
          <List.Item key={line}>{line}</List.Item>
        ))}
      </List>
      <Text>{page.guardianSees}</Text>
      <Title order={2}>{t('guardian.agreementTitle')}</Title>
      {page.agreement ? (
        <div lang={page.agreement.language}>
          <MarkdownLesson body={page.agreement.body} />
        </div>
      ) : (
        <Text>{t('guardian.noAgreement')}</Text>
      )}
    </Stack>
  );
}
