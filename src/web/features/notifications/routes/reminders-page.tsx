import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../../components/links.tsx';
import { Page } from '../../../components/page.tsx';
import { QueryContent } from '../../../components/query-content.tsx';
import { Section } from '../../../components/section.tsx';
import { CalendarFeedSection } from '../../calendar-feed/components/calendar-feed-section.tsx';
import { useReminderPreferences } from '../api/get-reminder-preferences.ts';
import { ReminderPreferencesForm } from '../components/reminder-preferences-form.tsx';

/** The person's reminders and their private calendar feed: how Trellis keeps them on time. */
export function RemindersPage() {
  const { t } = useTranslation();
  const preferences = useReminderPreferences();
  return (
    <Page
      title={t('reminders.title')}
      intro={
        <>
          <Text>{t('reminders.intro')}</Text>
          <AnchorLink to="/account">{t('reminders.backToAccount')}</AnchorLink>
        </>
      }
    >
      <Section title={t('reminders.preferencesTitle')}>
        <QueryContent query={preferences}>{(saved) => <ReminderPreferencesForm preferences={saved} />}</QueryContent>
      </Section>
      <CalendarFeedSection />
    </Page>
  );
}
