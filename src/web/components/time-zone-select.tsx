import { Select, type SelectProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

// The server accepts IANA zones with a region ("Europe/Madrid") and UTC.
const zones = [...new Set([...Intl.supportedValuesOf('timeZone'), 'UTC'])].filter(
  (zone) => zone.includes('/') || zone === 'UTC',
);

/** The browser's own zone, which is nearly always the organization's. */
export function browserTimeZone(): string {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return zones.includes(zone) ? zone : 'UTC';
}

/** A searchable list of every IANA time zone: typing "madr" finds Europe/Madrid. */
export function TimeZoneSelect(props: Omit<SelectProps, 'data'>) {
  const { t } = useTranslation();
  return (
    <Select
      label={t('fields.timeZone')}
      description={t('fields.timeZoneHint')}
      searchable
      data={zones}
      nothingFoundMessage={t('fields.timeZoneNone')}
      maxDropdownHeight={260}
      allowDeselect={false}
      {...props}
    />
  );
}
