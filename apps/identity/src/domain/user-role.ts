/** The platform's roles; a user holds at least one. Authorisation rules are written against these. */
export const USER_ROLES = [
  'ADMIN',
  'SALES_MANAGER',
  'SALES_REP',
  'SUPPORT_MANAGER',
  'SUPPORT_AGENT',
  'MARKETER',
  'ANALYST',
  'READ_ONLY',
] as const;

export type UserRole = (typeof USER_ROLES)[number];
