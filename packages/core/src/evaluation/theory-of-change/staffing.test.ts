import { describe, expect, it } from 'vitest';
import { staffingByParty } from './staffing';

const af = '00000000-0000-4000-8000-00000000000a';
const fk = '00000000-0000-4000-8000-00000000000f';

describe('staffingByParty', () => {
  it('sums each party’s shares of a full-time post, in the order the parties first appear', () => {
    // Seed 001's team: arbetsförmedlare 25 % (AF), handläggare 25 % (FK); here AF also gives a 50 % coach.
    expect(
      staffingByParty([
        { memberId: af, role: 'arbetsförmedlare', percent: 25 },
        { memberId: fk, role: 'handläggare', percent: 25 },
        { memberId: af, role: 'coach', percent: 50 },
      ]),
    ).toEqual([
      { memberId: af, percent: 75, fullTimeEquivalents: 0.75 },
      { memberId: fk, percent: 25, fullTimeEquivalents: 0.25 },
    ]);
  });

  it('adds shares with decimals exactly: 33,33 + 33,33 + 33,34 is one full-time post', () => {
    const rows = [33.33, 33.33, 33.34].map((percent) => ({ memberId: af, role: 'samordnare', percent }));
    expect(staffingByParty(rows)).toEqual([{ memberId: af, percent: 100, fullTimeEquivalents: 1 }]);
  });

  it('has nothing for a team without staffing', () => {
    expect(staffingByParty([])).toEqual([]);
  });
});
