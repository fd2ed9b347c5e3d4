// What a restore says when the application's stage was removed since it was deleted: it is put
// back in the stage in that one's place (the repository's outOfRemovedStage), and the student
// should know where to find it. Said by a delete's Undo and by Restore in Recently deleted.
import type { Application } from '@shared/application';
import { stageLabel, type Pipeline } from '@shared/pipeline';

export function movedOnRestore(pipeline: Pipeline, deleted: Application, restored: Application): string | undefined {
  if (restored.stageId === deleted.stageId) return undefined;
  return `Restored ${deleted.company}: “${stageLabel(pipeline, deleted)}” has been removed from your pipeline since, so it is in “${stageLabel(pipeline, restored)}” now.`;
}
