import { Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { AnchorLink } from '../../../components/links.tsx';
import { Loading } from '../../../components/loading.tsx';
import { formatDate } from '../../../lib/format.ts';
import type { RoleAssignment } from '../../../lib/session/get-me.ts';
import { useProgramsById } from '../api/get-program.ts';
import { useCadenceText } from './use-cadence-text.ts';

interface Props {
  assignments: RoleAssignment[];
  /** Coordinators get a link to the program page; mentors and mentees see the facts here. */
  linkToProgram: boolean;
}

/** One card per program role held: the program, the role, its dates and expected cadence. */
export function ProgramCards({ assignments, linkToProgram }: Props) {
  const { t } = useTranslation();
  const cadenceText = useCadenceText();
  const withProgram = assignments.filter((a): a is RoleAssignment & { programId: string } => a.programId !== null);
  const programs = useProgramsById(withProgram.map((a) => a.programId));
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }}>
      {withProgram.map((assignment, index) => {
        const query = programs[index];
        const program = query?.data;
        const name = program?.name ?? assignment.programName ?? '';
        return (
          <Card key={assignment.assignmentId} withBorder padding="md">
            <Stack gap={6}>
              <Title order={3} size="h4">
                {linkToProgram ? (
                  <AnchorLink to="/programs/$programId" params={{ programId: assignment.programId }}>
                    {name}
                  </AnchorLink>
                ) : (
                  name
                )}
              </Title>
              <Text size="sm">
                {t('home.roleIn', { role: t(`roles.${assignment.role}`), organization: assignment.organizationName })}
              </Text>
              {query?.isPending && <Loading />}
              {query?.isError && <ErrorAlert error={query.error} />}
              {program && (
                <>
                  <Text>
                    {t('programs.dateRange', { start: formatDate(program.startsOn), end: formatDate(program.endsOn) })}
                  </Text>
                  <Text>{cadenceText(program.cadence)}</Text>
                </>
              )}
            </Stack>
          </Card>
        );
      })}
    </SimpleGrid>
  );
}
