import type { Executor } from '../../db/open-db';
import type { Actor } from '../../platform/actor';
import { authorize } from '../../platform/access-control';
import { yearsWithAccounts } from './finance.repository';

/** The years a förbund keeps or has outcome for, so its Ekonomi opens on the latest (decision 0064). */
export async function listFinanceYears(ex: Executor, actor: Actor, associationId: string) {
  authorize(actor, 'finance.read', associationId);
  return { years: await yearsWithAccounts(ex, associationId) };
}
