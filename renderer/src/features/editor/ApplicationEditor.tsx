// Create or edit an application: every field, with messages next to the fields that need fixing.
import { useMemo, useRef, useState, type FormEvent } from 'react';
import type { Application } from '@shared/application';
import { toInstant } from '@shared/calendarDate';
import { newApplication } from '@shared/newApplication';
import { Dialog } from '../../components/Dialog';
import { useDiscardConfirmation } from '../../components/useDiscardConfirmation';
import { formatWhen } from '../../components/formatDates';
import { FieldsToFix, focusFirstFieldToFix } from '../../components/FieldsToFix';
import { useIssuesAfterSubmit } from '../../components/useIssuesAfterSubmit';
import { useData } from '../../db/DataContext';
import { useApplication, useModelStatus, usePipeline } from '../../model/queries';
import { firstStageOf, stageById } from '@shared/pipeline';
import { showError, useToastStore } from '../../state/toastStore';
import { useUiStore } from '../../state/uiStore';
import {
  BasicsSection,
  ContactsSection,
  DatesSection,
  DeadlinesSection,
  LinksSection,
  PaySection,
  WhereSection,
} from './ApplicationFormSections';
import { AlreadyTracked, useAlreadyTracked } from './alreadyTracked';
import { ApplyingSection } from './ApplyingSection';
import { EventsSection } from './EventsSection';
import { FollowUpSection } from './FollowUpSection';
import { OfferSection } from './OfferSection';
import { checkDraft, draftFromApplication, enteredFields, issueAt, type EditorDraft } from './editorDraft';

/** `newCompany`: the company a new application starts with. */
export function ApplicationEditor({
  applicationId,
  newCompany = '',
}: {
  applicationId: string | null;
  newCompany?: string;
}) {
  const stored = useApplication(applicationId);
  const loaded = useModelStatus() === 'ready';
  if (applicationId && stored === null) return loaded ? <MissingApplication /> : null;
  return <EditorForm stored={stored} newCompany={newCompany} />;
}

function MissingApplication() {
  const dialogClosed = useUiStore((s) => s.dialogClosed);
  return (
    <Dialog title="Application not found" onClose={dialogClosed}>
      <p>This application no longer exists. It may have been deleted.</p>
    </Dialog>
  );
}

function EditorForm({ stored, newCompany }: { stored: Application | null; newCompany: string }) {
  const { repository } = useData();
  const dialogClosed = useUiStore((s) => s.dialogClosed);
  const applicationOpened = useUiStore((s) => s.applicationOpened);
  const tableFocusRequested = useUiStore((s) => s.tableFocusRequested);
  const toastShown = useToastStore((s) => s.toastShown);
  const pipeline = usePipeline();
  const [draft, setDraft] = useState<EditorDraft>(() =>
    stored
      ? draftFromApplication(stored)
      : { ...draftFromApplication(null), stageId: firstStageOf(pipeline, 'saved').id, company: newCompany },
  );
  // What the form opened with: closing a form that differs from it asks first, so that an
  // Escape pressed by habit does not throw away what was typed.
  const [opened] = useState(draft);
  const { requestClose: close, confirmation } = useDiscardConfirmation(
    () => JSON.stringify(draft) !== JSON.stringify(opened),
    stored ? `What you changed in ${stored.company} has not been saved.` : 'This application has not been added yet.',
    dialogClosed,
  );
  const stage = stageById(pipeline, draft.stageId) ?? firstStageOf(pipeline, 'saved');
  const base = useMemo(
    () => stored ?? newApplication({}, { id: 'new', now: toInstant(new Date()), stage }),
    [stored, stage],
  );
  const { issues, submitted } = useIssuesAfterSubmit(() => checkDraft(draft, base).issues);
  const [saving, setSaving] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const formId = 'application-editor';

  // A new application that is already tracked is added only when asked to anyway.
  const same = useAlreadyTracked(stored ? null : draft);
  const errorAt = (path: string) => issueAt(issues, path);
  const section = { draft, setDraft, errorAt };

  async function submit(event: FormEvent, anyway = false) {
    event.preventDefault();
    if (same.length > 0 && !anyway) return;
    const { candidate, issues: found } = checkDraft(draft, base);
    submitted();
    if (found.length > 0) {
      focusFirstFieldToFix(formRef.current);
      return;
    }
    setSaving(true);
    try {
      if (stored) {
        const saved = await repository.update(candidate);
        toastShown({ message: `Saved ${saved.company}.${movedOnApplying(stored.stageId, saved)}`, tone: 'info' });
      } else {
        const added = await repository.add(enteredFields(candidate), stage.id);
        applicationOpened(added.id);
        toastShown({ message: `Added ${added.company}.${movedOnApplying(stage.id, added)}`, tone: 'info' });
      }
      dialogClosed();
    } catch (error) {
      showError(error);
    } finally {
      setSaving(false);
    }
  }

  /** What saving an applied date did to the stage: said, as the stage was not chosen here. */
  function movedOnApplying(stageBefore: string, after: Application): string {
    if (stageBefore === after.stageId || after.appliedAt === null) return '';
    return ` Applied on ${formatWhen(after.appliedAt)}, so its stage is now ${stageById(pipeline, after.stageId)?.name ?? 'applied'}.`;
  }

  const footer = (
    <>
      <FieldsToFix count={issues.length} />
      <AlreadyTracked same={same} />
      <button type="button" onClick={close}>
        Cancel
      </button>
      {same.length > 0 ? (
        <button type="button" className="primary" disabled={saving} onClick={(event) => void submit(event, true)}>
          Add anyway
        </button>
      ) : (
        <button type="submit" form={formId} className="primary" disabled={saving}>
          {stored ? 'Save changes' : 'Add application'}
        </button>
      )}
    </>
  );

  return (
    <>
      <Dialog
        title={stored ? `Edit ${stored.company}` : 'New application'}
        onClose={close}
        footer={footer}
        wide
        onOpenerGone={() => tableFocusRequested()}
      >
        <form id={formId} ref={formRef} className="editor" onSubmit={submit} noValidate>
          <BasicsSection {...section} showStage={!stored} />
          <WhereSection {...section} />
          <PaySection {...section} basePay={base.pay} />
          <DatesSection {...section} />
          <DeadlinesSection {...section} />
          <EventsSection {...section} />
          <FollowUpSection {...section} />
          <OfferSection {...section} />
          <ApplyingSection {...section} />
          <LinksSection {...section} />
          <ContactsSection {...section} />
        </form>
      </Dialog>
      {confirmation}
    </>
  );
}
