import { Stack, Table, Text, Title } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatInZone, timeInZone } from '../../../lib/format.ts';
import type { ChildMeeting, MyChild } from '../api/list-my-children.ts';

/**
 * A matched child's meetings for their guardian: when (in the zone the pair agreed, which is
 * named), where, and whether each took place. Video links, reasons and answers stay the pair's.
 */
export function ChildMeetings({ child }: { child: MyChild }) {
  const { t } = useTranslation();
  const title = t('guardian.meetingsTitle', { child: child.childFirstName });
  return (
    <Stack gap="xs">
      <Title order={3}>{title}</Title>
      {child.meetings.length === 0 ? (
        <Text>{t('guardian.noMeetings')}</Text>
      ) : (
        <Table>
          <Table.Caption>{t('guardian.meetingsCaption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('guardian.meetingWhen')}</Table.Th>
              <Table.Th scope="col">{t('guardian.meetingWhere')}</Table.Th>
              <Table.Th scope="col">{t('guardian.meetingStatus.column')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {child.meetings.map((meeting) => (
              <Table.Tr key={meeting.id}>
                <Table.Td>
                  {t('guardian.meetingTime', {
                    start: formatInZone(meeting.startsAt, meeting.timeZone),
                    end: timeInZone(meeting.endsAt, meeting.timeZone),
                    zone: meeting.timeZone,
                  })}
                </Table.Td>
                <Table.Td>{placeText(meeting, t)}</Table.Td>
                <Table.Td>{t(`guardian.meetingStatus.${meeting.status}`)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}

function placeText(meeting: ChildMeeting, t: TFunction): string {
  if (meeting.location && meeting.videoCall) return t('guardian.placeAndVideo', { place: meeting.location });
  if (meeting.location) return meeting.location;
  if (meeting.videoCall) return t('guardian.videoCall');
  return t('guardian.placeNotSet');
}
