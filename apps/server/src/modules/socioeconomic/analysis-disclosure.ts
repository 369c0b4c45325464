import {
  calendarPeriodKind,
  GENDERS,
  poolSmallGroups,
  DEFAULT_SUPPRESSION_THRESHOLD,
  type AnalysisGroup,
  type Gender,
  type SocioeconomicAnalysisInput,
} from '@insikt/core';
import { AppError, invalid } from '../../platform/errors';

/**
 * Disclosure control of socio-economic analyses of registered participants for roles without
 * personal-data access (docs/decisions/0015). The figures are exact (the model is linear), so
 * the protection is in what can be asked: one whole calendar year (years are disjoint sets, so
 * no two analyses differ by a few people), both genders either empty or at least the threshold
 * (all minus women would otherwise be the few men), groups of at least the threshold, and
 * overrides only of the groups shown (an override of a hidden group's key would tell whether
 * that group exists).
 */
const THRESHOLD = DEFAULT_SUPPRESSION_THRESHOLD;

const isYear = (from: string, to: string) => calendarPeriodKind(from, to) === 'year';

const GENDER_SV: Record<Gender, string> = { kvinna: 'kvinnor', man: 'män' };

/** The genders with 1 to threshold−1 participants among the groups, if any. */
function smallGenders(groups: readonly AnalysisGroup[]): Gender[] {
  return GENDERS.filter((gender) => {
    const n = groups.filter((g) => g.gender === gender).reduce((s, g) => s + g.weight, 0);
    return n > 0 && n < THRESHOLD;
  });
}

/** The groups a protected preview shows, with the overrides applied to them; throws on a forbidden question. */
export function protectedGroups(
  all: readonly AnalysisGroup[],
  body: Pick<SocioeconomicAnalysisInput, 'from' | 'to' | 'gender' | 'overrides'>,
): AnalysisGroup[] {
  if (!isYear(body.from, body.to))
    throw invalid(
      [{ field: 'from', value: `${body.from}–${body.to}`, message: 'Välj ett helt kalenderår.' }],
      'Nyttoberäkningar av registrerade deltagare med röjandeskydd görs för ett helt kalenderår.',
    );
  const small = smallGenders(all);
  if (small.length)
    throw invalid(
      [{ field: 'gender', value: small.join(', '), message: 'För få avslutade för att visa med röjandeskydd.' }],
      `Insatsen har färre än ${THRESHOLD} avslutade ${small.map((g) => GENDER_SV[g]).join(' och ')} under året: en nyttoberäkning skulle visa deras uppgifter. Använd typfall i stället.`,
    );
  const chosen = body.gender ? all.filter((g) => g.gender === body.gender) : all;
  const groups = poolSmallGroups(chosen, THRESHOLD);
  const visible = new Map(groups.map((g) => [g.key, g]));
  for (const [key, override] of Object.entries(body.overrides)) {
    const group = visible.get(key);
    // The same answer whether the key is a hidden group or none at all.
    if (!group)
      throw invalid([
        { field: `overrides.${key}`, value: key, message: 'Gruppen finns inte bland de grupper som visas.' },
      ]);
    Object.assign(group, {
      before: override.before ?? group.before,
      after: override.after ?? group.after,
      overridden: true,
    });
  }
  return groups;
}

/**
 * Whether a saved analysis may be shown to a role without personal-data access: typfall
 * always; registered participants only for a whole calendar year with both genders empty or at
 * least the threshold.
 */
export function assertShowable(analysis: {
  mode: string;
  periodFrom: string;
  periodTo: string;
  groups: AnalysisGroup[];
}) {
  if (analysis.mode !== 'participants') return;
  if (!isYear(analysis.periodFrom, analysis.periodTo) || smallGenders(analysis.groups).length)
    throw new AppError(
      403,
      'forbidden',
      'Nyttoberäkningen gäller inte ett helt kalenderår eller har färre än fem kvinnor eller män, och kan därför inte visas med röjandeskydd.',
    );
}

export const isShowable = (analysis: Parameters<typeof assertShowable>[0]) => {
  try {
    assertShowable(analysis);
    return true;
  } catch {
    return false;
  }
};
