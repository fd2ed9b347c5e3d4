// What "merge" means when an imported row duplicates an application already there (or an
// earlier row). The record already there is the base: the import only fills gaps and adds,
// it never overwrites what the student entered, and the status never moves backwards.
//
//   id, company, role, createdAt, archivedAt        base
//   term, postingUrl, source, postingText           base, or the import's when base is empty
//                                                   (a missing term matches any: duplicates.ts)
//   employmentType, workMode, appliedAt,            base, or the import's when base is null
//   durationWeeks, pay
//   priority                                        base, or the import's when base is 'normal'
//   notes                                           both, base first, when they differ
//   locations, tags                                 union, ignoring case; base order first
//   deadlines                                       base + imported ones with a new kind and date
//   cohorts                                         base + imported ones with new dates;
//                                                   base's choice, else the import's
//   contacts                                        base + imported ones with a new email (or name, phone)
//   statusHistory, status                           base + imported changes it lacks that are
//                                                   earlier than its latest change, or further along
//                                                   the pipeline; status = the latest change
//   updatedAt                                       now
import type { Application, Cohort, StatusChange } from '../application';
import { statusRank } from '../status';

function unionIgnoringCase(base: readonly string[], incoming: readonly string[]): string[] {
  const seen = new Set(base.map((v) => v.toLowerCase()));
  const added = incoming.filter((v) => {
    const key = v.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return [...base, ...added];
}

function mergeNotes(base: string, incoming: string): string {
  if (incoming.trim() === '' || base.includes(incoming)) return base;
  if (base.trim() === '') return incoming;
  return `${base}\n\n${incoming}`;
}

function mergeCohorts(base: Application, incoming: Application): Pick<Application, 'cohorts' | 'chosenCohortId'> {
  const cohorts: Cohort[] = [...base.cohorts];
  // Where each imported cohort ended up: itself, or the base cohort with the same dates.
  const idOf = new Map<string, string>();
  for (const c of incoming.cohorts) {
    const same = cohorts.find((b) => b.start === c.start && b.end === c.end);
    if (same) idOf.set(c.id, same.id);
    else {
      cohorts.push(c);
      idOf.set(c.id, c.id);
    }
  }
  const chosenCohortId =
    base.chosenCohortId ?? (incoming.chosenCohortId === null ? null : (idOf.get(incoming.chosenCohortId) ?? null));
  return { cohorts, chosenCohortId };
}

function mergeHistory(base: readonly StatusChange[], incoming: readonly StatusChange[]): StatusChange[] {
  const history = [...base];
  const latest = base.at(-1)!;
  const latestTime = Date.parse(latest.at);
  const has = (change: StatusChange) =>
    history.some((h) => h.status === change.status && h.at.slice(0, 10) === change.at.slice(0, 10));
  for (const change of incoming) {
    const time = Date.parse(change.at);
    const fillsThePast = time < latestTime;
    const movesForward = statusRank(change.status) > statusRank(latest.status);
    if (has(change) || !(fillsThePast || movesForward)) continue;
    // After every entry at or before the same moment, as withStatusChange keeps it.
    let index = history.length;
    while (index > 0 && Date.parse(history[index - 1]!.at) > time) index -= 1;
    history.splice(index, 0, change);
  }
  return history;
}

export function mergeApplications(base: Application, incoming: Application, now: string): Application {
  const statusHistory = mergeHistory(base.statusHistory, incoming.statusHistory);
  const deadlineKeys = new Set(base.deadlines.map((d) => `${d.kind} ${d.at}`));
  const contactKey = (c: Application['contacts'][number]) =>
    (c.email.trim() || c.name.trim() || c.phone.trim()).toLowerCase();
  const contactKeys = new Set(base.contacts.map(contactKey));
  return {
    ...base,
    term: base.term || incoming.term,
    postingUrl: base.postingUrl || incoming.postingUrl,
    source: base.source || incoming.source,
    postingText: base.postingText || incoming.postingText,
    employmentType: base.employmentType ?? incoming.employmentType,
    workMode: base.workMode ?? incoming.workMode,
    appliedAt: base.appliedAt ?? incoming.appliedAt,
    durationWeeks: base.durationWeeks ?? incoming.durationWeeks,
    pay: base.pay ?? incoming.pay,
    priority: base.priority === 'normal' ? incoming.priority : base.priority,
    notes: mergeNotes(base.notes, incoming.notes),
    locations: unionIgnoringCase(base.locations, incoming.locations),
    tags: unionIgnoringCase(base.tags, incoming.tags),
    deadlines: [...base.deadlines, ...incoming.deadlines.filter((d) => !deadlineKeys.has(`${d.kind} ${d.at}`))],
    ...mergeCohorts(base, incoming),
    contacts: [...base.contacts, ...incoming.contacts.filter((c) => !contactKeys.has(contactKey(c)))],
    statusHistory,
    status: statusHistory.at(-1)!.status,
    updatedAt: now,
  };
}
