import { FOLLOW_UP_KINDS, followUpWindow, type FollowUpKind, type SupportCode } from '@insikt/core';
import { followUpColumns } from '../participants/participation-row';
import { randomSource } from './random';

/**
 * The follow-ups of one demo participation (decision 0022): recorded within their windows, some
 * not reached, some never made, and those whose window is open now mostly not yet made, so the
 * coach's list of follow-ups due has something in it. Drawn from a source of their own (seeded by
 * the row), so the rest of the demo stays as it was.
 */
export function demoFollowUps(
  seed: number,
  exit: { date: string; works: boolean; studies: boolean; support: SupportCode },
  followedUp: boolean,
  today: string,
) {
  const random = randomSource(seed);
  const columns = {};
  let working = exit.works;
  for (const kind of FOLLOW_UP_KINDS) {
    const w = followUpWindow(exit.date, kind);
    if (today < w.opens) break;
    const open = today <= w.closes;
    // A window still open is mostly still to do; a closed one was done for most participants.
    if (!(open ? random.chance(0.3) : followedUp || random.chance(0.5))) continue;
    const date = random.dateBetween(w.opens, open ? today : w.closes);
    const reached = random.chance(0.85);
    working = reached && (working ? random.chance(0.85) : random.chance(0.2));
    const studies = reached && !working && exit.studies && random.chance(0.6);
    Object.assign(
      columns,
      followUpColumns(kind as FollowUpKind, {
        date,
        reached,
        support: !reached ? [] : working ? ['lon'] : studies ? ['studiemedel'] : [exit.support],
        occupation: !reached ? [] : working ? ['arbete'] : studies ? ['studier'] : ['arbetssokande'],
        workHours: reached ? (working ? random.pick([20, 30, 40]) : 0) : null,
        studyHours: reached ? (studies ? 40 : 0) : null,
      }),
    );
  }
  return columns;
}
