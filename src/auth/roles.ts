/** Roles, lowest first: each role may do everything the ones before it may. */
export const ROLES = ['fact_checker', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const roleAtLeast = (role: Role, minimum: Role): boolean => ROLES.indexOf(role) >= ROLES.indexOf(minimum);

export interface Caller {
  id: string;
  name: string;
  role: Role;
}
