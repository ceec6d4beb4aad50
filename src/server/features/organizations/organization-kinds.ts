/**
 * The kinds of organization, on their own so the CLI can offer them without loading Drizzle's
 * table builders (about 1.5 s of every command's start).
 */
export const organizationKinds = ['school', 'community'] as const;
