// How a record is stored: its own fields, in one order (db.ts writes every record so; the upgrade
// to schema 4 rewrote the ones stored before).
import type { Application } from '@shared/application';

/**
 * The record's fields, and only those, in the schema's order: every stored record then has the
 * same shape, which the engine reads fastest (records built by different steps list their fields
 * in different orders), and no field a record picked up on its way (the index keys schemas 1 to 3
 * stored among its own) is written with it. A test keeps the fields those of the schema.
 */
export function inSchemaOrder(row: Application): Application {
  return {
    id: row.id,
    company: row.company,
    role: row.role,
    postingUrl: row.postingUrl,
    source: row.source,
    employmentType: row.employmentType,
    term: row.term,
    locations: row.locations,
    workMode: row.workMode,
    stageId: row.stageId,
    phase: row.phase,
    stageHistory: row.stageHistory,
    appliedAt: row.appliedAt,
    deadlines: row.deadlines,
    cohorts: row.cohorts,
    chosenCohortId: row.chosenCohortId,
    durationWeeks: row.durationWeeks,
    pay: row.pay,
    offer: row.offer,
    events: row.events,
    followUp: row.followUp,
    contacts: row.contacts,
    notes: row.notes,
    postingText: row.postingText,
    tags: row.tags,
    excitement: row.excitement,
    sponsorship: row.sponsorship,
    referral: row.referral,
    resumeVersion: row.resumeVersion,
    coverLetter: row.coverLetter,
    boardRank: row.boardRank,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    archivedAt: row.archivedAt,
  };
}
