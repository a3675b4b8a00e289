/** Roles, lowest first: each role may do everything the ones before it may. */
export const ROLES = ['fact_checker', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export function roleAtLeast(role: Role, minimum: Role): boolean {
  const rank = ROLES.indexOf(role);
  const minRank = ROLES.indexOf(minimum);
  // Unknown roles (bad data from outside the type system) must never grant rights.
  return rank >= 0 && minRank >= 0 && rank >= minRank;
}

export interface Caller {
  id: string;
  name: string;
  role: Role;
}
