import type { BodyKind, MemberKind, RoleCode } from '@insikt/core';

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
  csrfToken: string;
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
}
