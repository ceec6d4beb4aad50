import { NativeSelect, SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type ParticipantFilters, participantRoles, participantStatuses, weekDays } from '../api/types.ts';

interface ParticipantFiltersProps {
  filters: ParticipantFilters;
  onChange: (filters: ParticipantFilters) => void;
}

/** Each filter narrows the table at once; "Any" clears it. */
export function ParticipantFiltersForm({ filters, onChange }: ParticipantFiltersProps) {
  const { t } = useTranslation();
  const any = { value: '', label: t('participants.any') };
  const set = (key: keyof ParticipantFilters) => (value: string) => onChange({ ...filters, [key]: value || undefined });
  const yesNo = [any, { value: 'true', label: t('participants.yes') }, { value: 'false', label: t('participants.no') }];
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} role="search" aria-label={t('participants.filtersLabel')}>
      <TextInput
        label={t('participants.search')}
        description={t('participants.searchHint')}
        type="search"
        value={filters.search ?? ''}
        onChange={(event) => set('search')(event.currentTarget.value)}
      />
      <NativeSelect
        label={t('fields.role')}
        value={filters.role ?? ''}
        data={[any, ...participantRoles.map((role) => ({ value: role, label: t(`roles.${role}`) }))]}
        onChange={(event) => set('role')(event.currentTarget.value)}
      />
      <NativeSelect
        label={t('participants.status')}
        value={filters.status ?? ''}
        data={[any, ...participantStatuses.map((s) => ({ value: s, label: t(`participantStatus.${s}`) }))]}
        onChange={(event) => set('status')(event.currentTarget.value)}
      />
      <TextInput
        label={t('participants.language')}
        description={t('participants.languageHint')}
        value={filters.language ?? ''}
        onChange={(event) => set('language')(event.currentTarget.value)}
      />
      <NativeSelect
        label={t('participants.availabilityDay')}
        value={filters.availabilityDay ?? ''}
        data={[any, ...weekDays.map((day) => ({ value: day, label: t(`weekDays.${day}`) }))]}
        onChange={(event) => set('availabilityDay')(event.currentTarget.value)}
      />
      <NativeSelect
        label={t('participants.trainingDone')}
        value={filters.trainingDone ?? ''}
        data={yesNo}
        onChange={(event) => set('trainingDone')(event.currentTarget.value)}
      />
      <NativeSelect
        label={t('participants.screeningExpiring')}
        description={t('participants.screeningExpiringHint')}
        value={filters.screeningExpiring ?? ''}
        data={yesNo}
        onChange={(event) => set('screeningExpiring')(event.currentTarget.value)}
      />
    </SimpleGrid>
  );
}
