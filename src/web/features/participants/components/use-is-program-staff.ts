import { useMe } from '../../../lib/session/get-me.ts';
import { useProgram } from '../../organizations/api/get-program.ts';

/** The server's rule for program staff: its coordinators and its organization's admins. */
export function useIsProgramStaff(programId: string): boolean {
  const me = useMe().data;
  const orgId = useProgram(programId).data?.organizationId;
  return (
    me?.roles.some(
      (r) =>
        (r.role === 'coordinator' && r.programId === programId) || (r.role === 'admin' && r.organizationId === orgId),
    ) ?? false
  );
}
