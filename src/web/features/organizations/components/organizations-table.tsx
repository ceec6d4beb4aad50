import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../../components/links.tsx';
import { formatDateTime } from '../../../lib/format.ts';
import { useOrganizationAdmins } from '../api/list-organization-admins.ts';
import type { Organization } from '../api/types.ts';

interface Props {
  organizations: Organization[];
  /** Organizations the reader administers: only those have a page they may open. */
  adminOf: Set<string>;
}

/** Every organization with its admins: the instance admin appoints them, and sees who they are. */
export function OrganizationsTable({ organizations, adminOf }: Props) {
  const { t } = useTranslation();
  const admins = useOrganizationAdmins(organizations.map((o) => o.id));
  if (organizations.length === 0) return <Text>{t('organizations.none')}</Text>;
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('fields.name')}</Table.Th>
            <Table.Th scope="col">{t('fields.organizationKind')}</Table.Th>
            <Table.Th scope="col">{t('fields.timeZone')}</Table.Th>
            <Table.Th scope="col">{t('organizations.admins')}</Table.Th>
            <Table.Th scope="col">{t('fields.created')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {organizations.map((organization, index) => {
            const query = admins[index];
            const names = query?.data?.map((admin) => `${admin.name} (${admin.email})`).join(', ');
            return (
              <Table.Tr key={organization.id}>
                <Table.Th scope="row" fw="normal">
                  {adminOf.has(organization.id) ? (
                    <AnchorLink to="/orgs/$orgId" params={{ orgId: organization.id }}>
                      {organization.name}
                    </AnchorLink>
                  ) : (
                    organization.name
                  )}
                </Table.Th>
                <Table.Td>{t(`kinds.${organization.kind}`)}</Table.Td>
                <Table.Td>{organization.timeZone}</Table.Td>
                <Table.Td>
                  {query?.isError ? t('errors.UNKNOWN') : query?.data ? names || t('organizations.noAdmin') : '…'}
                </Table.Td>
                <Table.Td>{formatDateTime(organization.createdAt)}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
