// A short string that changes whenever an application's reminder schedule does: its reminders'
// ids, times and words, hashed (53 bits, in two 32-bit lanes). The scheduler keeps the last one
// per application, so the renderer sends a schedule only when it differs from what was heard.
import type { PlannedReminder } from '@shared/reminders/reminder';

export function scheduleFingerprint(reminders: readonly PlannedReminder[]): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  const add = (code: number) => {
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  };
  for (const r of reminders) {
    for (const field of [r.id, r.applicationId, r.fireAt, r.targetAt, r.title, r.body, r.summary]) {
      for (let i = 0; i < field.length; i += 1) add(field.charCodeAt(i));
      // Ends each field, so that moving text from one field to the next changes the hash.
      add(0x10000);
    }
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const hash = 4294967296 * (2097151 & h2) + (h1 >>> 0);
  return `${reminders.length}:${hash.toString(36)}`;
}
