import type { AuditSummary, BodyKind, MemberKind, RoleCode } from '@insikt/core';

export interface RoleRow {
  id: string;
  role: RoleCode;
  associationId: string | null;
  associationName: string | null;
}

export interface Me {
  id: string;
  email: string;
  name: string;
  mustChangePassword: boolean;
  roles: RoleRow[];
  /** What the person is told about their account, e.g. a role another förbund gave them. */
  notices: AccountNotice[];
  csrfToken: string;
}

export interface AccountNotice {
  id: string;
  kind: 'role_granted';
  role: RoleCode;
  associationName: string | null;
  grantedByName: string | null;
  createdAt: string;
}

export interface County {
  code: string;
  name: string;
}
export interface Municipality extends County {
  countyCode: string;
}

export interface AssociationSummary {
  id: string;
  name: string;
  countyCode: string;
  countyName: string;
  municipalityCount: number;
}

export interface Member {
  id: string;
  kind: MemberKind;
  name: string;
  municipalityCode: string | null;
}

export interface BodyMember {
  id: string;
  body: BodyKind;
  name: string;
  bodyRole: string;
  memberId: string | null;
  memberName: string | null;
  email: string | null;
  version: number;
}

export interface Association {
  id: string;
  name: string;
  countyCode: string;
  countyName: string;
  organisationNumber: string | null;
  version: number;
  municipalities: Municipality[];
  members: Member[];
  bodyMembers: BodyMember[];
}

export interface SessionRow {
  id: string;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
  ip: string | null;
  userAgent: string | null;
  current?: boolean;
}

export interface User {
  id: string;
  email: string;
  name: string;
  active: boolean;
  mustChangePassword: boolean;
  lockedUntil: string | null;
  lastLoginAt: string | null;
  /** False when the account has roles elsewhere: only its roles here may be changed, not name, password or sessions. */
  manageable: boolean;
  version: number;
  createdAt: string;
  roles: RoleRow[];
  sessions?: SessionRow[];
}

export interface AuditEntry {
  id: number;
  at: string;
  userId: string | null;
  userEmail: string | null;
  associationId: string | null;
  action: string;
  entityType: string | null;
  entityId: string | null;
  ip: string | null;
  userAgent: string | null;
  details: Record<string, unknown>;
  summary: AuditSummary;
}

export interface Goal {
  description: string;
  indicatorId?: string | null;
  column: 'total' | 'kvinna' | 'man';
  comparison: 'at_least' | 'at_most' | 'between';
  target: number;
  targetMax?: number | null;
}

/** What every role may see of an insats: the national reader's catalogue (no people, budgets or goals). */
export type InterventionListItem = Pick<
  Intervention,
  'id' | 'associationId' | 'name' | 'kind' | 'startDate' | 'endDate' | 'status'
>;

export interface Intervention {
  id: string;
  associationId: string;
  name: string;
  kind: 'individual' | 'structural';
  description: string;
  startDate: string;
  endDate: string | null;
  status: 'planned' | 'active' | 'completed' | 'cancelled';
  ownerMemberId: string | null;
  targetGroup: string;
  partnerMemberIds: string[];
  municipalityCodes: string[];
  budgets: { year: number; budget: number; actualCost?: number | null }[];
  staffing: { role: string; title: string; percent: number }[];
  goals: Goal[];
  version: number;
  staff?: { roleAssignmentId: string; role: string; userId: string; name: string; email: string }[];
}

export interface Participation {
  id: string;
  interventionId: string;
  personId: string | null;
  personReference: string | null;
  consent: boolean;
  consentDate: string | null;
  gender: 'kvinna' | 'man';
  birthYear: number;
  birthDate: string | null;
  municipalityCode: string | null;
  startDate: string;
  exitDate: string | null;
  exitReason: string | null;
  education: string | null;
  publicSupportBefore: string | null;
  supportBefore: string[];
  supportAfter: string[];
  occupationBefore: string[];
  occupationAfter: string[];
  workHoursBefore: number | null;
  studyHoursBefore: number | null;
  workHoursAfter: number | null;
  studyHoursAfter: number | null;
  obstacles: string[];
  followUp6m: string[] | null;
  followUp12m: string[] | null;
  dropoutReason: string | null;
  comment: string | null;
  version: number;
}

export interface ParticipationRow {
  id: string;
  interventionId: string;
  interventionName: string;
  personReference: string | null;
  consent: boolean;
  gender: 'kvinna' | 'man';
  birthYear: number;
  startDate: string;
  exitDate: string | null;
  exitReason: string | null;
}
