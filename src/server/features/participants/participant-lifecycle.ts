import type { ParticipantRole, ParticipantStatus } from './tables.ts';

// The lifecycle (MENTOR's Elements of Effective Practice: recruitment, screening, training, then
// matching) as data, so the rules read in one place and the API can say what may come next.

const FINAL_STATUSES: readonly ParticipantStatus[] = ['closed', 'withdrawn'];
const HOLDS: readonly ParticipantStatus[] = ['paused', 'awaiting_guardian'];

/** Forward moves; only mentors are screened, so `applied` leads on by role. */
function forwardFrom(role: ParticipantRole, status: ParticipantStatus): ParticipantStatus[] {
  switch (status) {
    case 'applied':
      return role === 'mentor' ? ['screening'] : ['training'];
    case 'screening':
      return ['training'];
    case 'training':
      return ['ready'];
    case 'ready':
      return ['active', 'closed'];
    // Back to ready frees a mentor for another match (capacity left, or a rematch).
    case 'active':
      return ['ready', 'closed'];
    default:
      return [];
  }
}

export interface LifecyclePosition {
  role: ParticipantRole;
  status: ParticipantStatus;
  heldStatus: ParticipantStatus | null;
}

export function isFinal(status: ParticipantStatus): boolean {
  return FINAL_STATUSES.includes(status);
}

export function isHold(status: ParticipantStatus): boolean {
  return HOLDS.includes(status);
}

/**
 * Where a participant may go next. On a hold: back to the status it interrupted, the other hold,
 * or out. Otherwise: the next step of the lifecycle, either hold, or withdrawal.
 */
export function nextStatuses(position: LifecyclePosition): ParticipantStatus[] {
  const { role, status, heldStatus } = position;
  if (isFinal(status)) return [];
  if (isHold(status)) {
    const otherHolds = HOLDS.filter((hold) => hold !== status);
    return [...(heldStatus ? [heldStatus] : []), ...otherHolds, 'withdrawn'];
  }
  return [...forwardFrom(role, status), ...HOLDS, 'withdrawn'];
}

/** `resume` names the status a hold interrupted; anything else names itself. */
export function resolveTarget(position: LifecyclePosition, to: ParticipantStatus | 'resume'): ParticipantStatus | null {
  if (to !== 'resume') return to;
  return isHold(position.status) ? position.heldStatus : null;
}

/**
 * The held status after a move: entering a hold remembers what it interrupted (moving between
 * holds keeps the original), leaving one forgets it.
 */
export function heldStatusAfter(position: LifecyclePosition, target: ParticipantStatus): ParticipantStatus | null {
  if (!isHold(target)) return null;
  return isHold(position.status) ? position.heldStatus : position.status;
}
