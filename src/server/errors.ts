/** The one error type. Codes are stable: clients and tests rely on them. */
export const errorStatus = {
  VALIDATION_FAILED: 400,
  BAD_REQUEST: 400,
  UNAUTHENTICATED: 401,
  TWO_FACTOR_REQUIRED: 403,
  FORBIDDEN: 403,
  CSRF_REJECTED: 403,
  NOT_FOUND: 404,
  ORGANIZATION_NOT_FOUND: 404,
  PROGRAM_NOT_FOUND: 404,
  INVITATION_NOT_FOUND: 404,
  PARTICIPANT_NOT_FOUND: 404,
  TRAINING_MODULE_NOT_FOUND: 404,
  EXPERIENCE_NOT_FOUND: 404,
  AGREEMENT_NOT_FOUND: 404,
  EMAIL_NOT_FOUND: 404,
  INVITATION_EXPIRED: 410,
  INVITATION_USED: 410,
  GUARDIAN_LINK_NOT_FOUND: 404,
  GUARDIANSHIP_NOT_FOUND: 404,
  GUARDIAN_LINK_EXPIRED: 410,
  GUARDIAN_LINK_USED: 410,
  DATA_ERASED: 410,
  SLUG_TAKEN: 409,
  ROLE_ALREADY_HELD: 409,
  MENTORS_ONLY: 409,
  AGREEMENT_VERSION_OUTDATED: 409,
  ALREADY_SET_UP: 409,
  DEMO_EXISTS: 409,
  ACCOUNT_EXISTS: 409,
  INVALID_SETUP_TOKEN: 401,
  WRONG_ACCOUNT: 403,
  APPLICATIONS_CLOSED: 409,
  ALREADY_APPLIED: 409,
  ROLE_NOT_HELD: 409,
  INVALID_TRANSITION: 409,
  READY_REQUIREMENTS_UNMET: 409,
  GUARDIAN_CONSENT_REQUIRED: 409,
  EXPERIENCE_TAKEN: 409,
  EXPERIENCE_ALREADY_ADDED: 409,
  NO_CONSENT_TO_WITHDRAW: 409,
  RATE_LIMITED: 429,
  NOT_READY: 503,
  INTERNAL: 500,
} as const;

export type ErrorCode = keyof typeof errorStatus;

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: Record<string, unknown> | undefined;

  constructor(code: ErrorCode, message: string, details?: Record<string, unknown>) {
    super(message);
    this.code = code;
    this.details = details;
  }

  get status(): number {
    return errorStatus[this.code];
  }
}
