// What the dashboard reads of each record, worked out once per record. Records are never changed
// in place (a write puts a new object in the model), so the object is the key: after a write only
// the records it touched are read again, and the numbers are sums over what is kept.
import type { Application } from '@shared/application';
import type { CalendarDate } from '@shared/calendarDate';
import { wentOutOn } from '@shared/dashboard/dateRange';
import { searchFacts, type SearchFacts } from '@shared/dashboard/searchStats';

export interface RecordFacts extends SearchFacts {
  /** The day it went out, which the date range picks by; null where no day records it. */
  wentOut: CalendarDate | null;
}

const known = new WeakMap<Application, RecordFacts>();

export function recordFacts(app: Application): RecordFacts {
  let facts = known.get(app);
  if (facts === undefined) {
    facts = { ...searchFacts(app), wentOut: wentOutOn(app) };
    known.set(app, facts);
  }
  return facts;
}
