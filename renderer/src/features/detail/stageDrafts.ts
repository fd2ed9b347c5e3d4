// Stage changes picked in the details and not yet recorded, by application, for as long as the
// window is open: opening another application and coming back finds them as they were left, as
// a mail program keeps a draft.

export interface StageDraft {
  /** The stage picked, or null for the current one. */
  picked: string | null;
  when: string;
  time: string;
  note: string;
}

const drafts = new Map<string, StageDraft>();

export const stageDraftOf = (applicationId: string): StageDraft | undefined => drafts.get(applicationId);

export function keepStageDraft(applicationId: string, draft: StageDraft): void {
  if (draft.picked === null && draft.when === '' && draft.time === '' && draft.note === '')
    drafts.delete(applicationId);
  else drafts.set(applicationId, draft);
}
