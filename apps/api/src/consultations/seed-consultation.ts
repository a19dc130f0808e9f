import { sampleConsultation } from '@ngo-liaison/core';
import type { Storage } from '../storage/storage.js';

/** On a database without consultations, stores core's fictional sample (open, every kind of question). */
export async function seedSampleConsultation(storage: Storage, now: Date): Promise<boolean> {
  const any = await storage.db.selectFrom('consultations').select('id').limit(1).executeTakeFirst();
  if (any) return false;
  await storage.db.transaction().execute((trx) => storage.consultations.insert(trx, sampleConsultation(now), now));
  return true;
}
