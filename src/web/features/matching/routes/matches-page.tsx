import { Group, Modal, NativeSelect, Text } from '@mantine/core';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../../components/links.tsx';
import { Page } from '../../../components/page.tsx';
import { QueryContent } from '../../../components/query-content.tsx';
import { Section } from '../../../components/section.tsx';
import { useProgram } from '../../organizations/api/get-program.ts';
import { useProgramMatches } from '../api/list-program-matches.ts';
import { type Match, type MatchStatus, matchStatuses } from '../api/types.ts';
import { CloseMatchForm } from '../components/close-match-form.tsx';
import { MatchesTable } from '../components/matches-table.tsx';
import { RematchOffer } from '../components/rematch-offer.tsx';

const route = getRouteApi('/_app/programs/$programId/matches');

/** A program's matches for its staff: filtered by status, each closable with a reason and a re-match decision. */
export function MatchesPage() {
  const { t } = useTranslation();
  const { programId } = route.useParams();
  const { status } = route.useSearch();
  const navigate = useNavigate();
  const program = useProgram(programId);
  const matches = useProgramMatches(programId, status);
  // The match being closed stays set after the dialog shuts, so its title lasts through the fade-out.
  const [closing, setClosing] = useState<Match | null>(null);
  const [isDialogOpen, setIsDialogOpen] = useState(false);
  const [closed, setClosed] = useState<Match | null>(null);
  // Cancelled, focus goes back to the row's button; done, it goes to what happened next instead.
  const [returnFocus, setReturnFocus] = useState(true);
  const openClose = (match: Match) => {
    setReturnFocus(true);
    setClosing(match);
    setIsDialogOpen(true);
  };
  const name = program.data?.name ?? '';
  const setStatus = (value: string) =>
    void navigate({
      to: '/programs/$programId/matches',
      params: { programId },
      search: { status: matchStatuses.find((s) => s === value) },
    });
  return (
    <Page
      title={t('matches.title', { program: name })}
      intro={
        <Group gap="lg">
          <AnchorLink to="/programs/$programId" params={{ programId }}>
            {t('participants.backToProgram', { program: name })}
          </AnchorLink>
          <AnchorLink to="/programs/$programId/matching" params={{ programId }}>
            {t('matches.toMatching')}
          </AnchorLink>
        </Group>
      }
    >
      {closed && <RematchOffer key={closed.id} match={closed} />}
      <Section title={t('matches.listTitle')}>
        <NativeSelect
          label={t('matches.statusFilter')}
          maw={260}
          value={status ?? ''}
          data={[
            { value: '', label: t('participants.any') },
            ...matchStatuses.map((s: MatchStatus) => ({ value: s, label: t(`matchStatus.${s}`) })),
          ]}
          onChange={(event) => setStatus(event.currentTarget.value)}
        />
        <QueryContent query={matches}>
          {(list) => (
            <>
              <Text role="status">{t('matches.showing', { count: list.length })}</Text>
              <MatchesTable
                matches={list}
                caption={
                  status ? t('matches.captionStatus', { status: t(`matchStatus.${status}`) }) : t('matches.caption')
                }
                onClose={openClose}
              />
            </>
          )}
        </QueryContent>
      </Section>
      <Modal
        opened={isDialogOpen}
        onClose={() => setIsDialogOpen(false)}
        title={
          closing ? t('matches.closeForm.title', { mentee: closing.mentee.name, mentor: closing.mentor.name }) : ''
        }
        closeButtonProps={{ 'aria-label': t('common.close') }}
        returnFocus={returnFocus}
        size="lg"
      >
        {closing && (
          <CloseMatchForm
            match={closing}
            onCancel={() => setIsDialogOpen(false)}
            onClosed={(match) => {
              setReturnFocus(false);
              setIsDialogOpen(false);
              setClosed(match);
            }}
          />
        )}
      </Modal>
    </Page>
  );
}
