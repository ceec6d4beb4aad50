import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../../components/loading.tsx';
import { Page } from '../../../components/page.tsx';
import { type Role, useMe } from '../../../lib/session/get-me.ts';
import { MyReliabilitySection } from '../../consistency/components/my-reliability-section.tsx';
import { useMyChildren } from '../../guardians/api/list-my-children.ts';
import { MyChildrenSection } from '../../guardians/components/my-children-section.tsx';
import { MyMatchesSection } from '../../matching/components/my-matches-section.tsx';
import { MyParticipationsSection } from '../../participants/components/my-participations-section.tsx';
import {
  CoordinatorSection,
  InstanceAdminSection,
  OrganizationAdminSection,
  SafeguardingSection,
} from '../components/home-sections.tsx';

/** Each role someone holds brings its own section; a person with several roles sees several. */
export function HomePage() {
  const { t } = useTranslation();
  const me = useMe().data;
  const children = useMyChildren();
  if (!me) return <Loading />;
  const holding = (...roles: Role[]) => me.roles.filter((r) => roles.includes(r.role));
  const admin = holding('admin');
  const coordinator = holding('coordinator');
  const safeguarding = holding('safeguarding_lead');
  const participant = holding('mentor', 'mentee');
  // A guardian holds no role of their own; their children's section is what they came for.
  const hasChildren = (children.data?.length ?? 0) > 0;
  const hasNothing = !me.isInstanceAdmin && me.roles.length === 0 && !children.isPending && !hasChildren;
  return (
    <Page title={t('home.title')} heading={t('home.welcome', { name: me.name })}>
      {hasNothing && <Text>{t('home.noRoles')}</Text>}
      {me.isInstanceAdmin && <InstanceAdminSection me={me} />}
      {admin.length > 0 && <OrganizationAdminSection assignments={admin} />}
      {coordinator.length > 0 && <CoordinatorSection assignments={coordinator} />}
      {safeguarding.length > 0 && <SafeguardingSection assignments={safeguarding} />}
      {participant.length > 0 && <MyMatchesSection />}
      {participant.length > 0 && <MyParticipationsSection assignments={participant} />}
      {participant.some((r) => r.role === 'mentor') && <MyReliabilitySection />}
      <MyChildrenSection />
    </Page>
  );
}
