// Create or edit an application: every field, with messages next to the fields that need fixing.
import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import type { Application } from '@shared/application';
import { toInstant } from '@shared/calendarDate';
import { fieldsInWords } from '@shared/mergeEdit';
import { newApplication } from '@shared/newApplication';
import { Dialog } from '../../components/Dialog';
import { useDiscardConfirmation } from '../../components/useDiscardConfirmation';
import { formatWhen } from '../../components/formatDates';
import { FieldsToFix, focusFirstFieldToFix } from '../../components/FieldsToFix';
import { useIssuesAfterSubmit } from '../../components/useIssuesAfterSubmit';
import { useData } from '../../db/DataContext';
import { ChangedElsewhereError } from '../../db/errors';
import { useApplication, useModelStatus, usePipeline, useProposedPayCurrency } from '../../model/queries';
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
import { AlreadyTracked, holdsMoreThanTheMatch, useAlreadyTracked } from './alreadyTracked';
import { ApplyingSection } from './ApplyingSection';
import { EventsSection } from './EventsSection';
import { FollowUpSection } from './FollowUpSection';
import { OfferSection } from './OfferSection';
import {
  applicationFromDraft,
  checkDraft,
  draftFromApplication,
  enteredFields,
  issueAt,
  withFormChanges,
  deadlinesMetOnSave,
  type EditorDraft,
} from './editorDraft';

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
  // Once open, the form stays when the application is deleted elsewhere: what was typed is kept.
  const [found, setFound] = useState(stored !== null);
  if (stored !== null && !found) setFound(true);
  if (applicationId && !found) return loaded ? <MissingApplication /> : null;
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

/** `stored`: the application edited, as stored now; null for a new one, or one deleted since it opened. */
function EditorForm({ stored, newCompany }: { stored: Application | null; newCompany: string }) {
  const { repository } = useData();
  const dialogClosed = useUiStore((s) => s.dialogClosed);
  const applicationOpened = useUiStore((s) => s.applicationOpened);
  const tableFocusRequested = useUiStore((s) => s.tableFocusRequested);
  const toastShown = useToastStore((s) => s.toastShown);
  const pipeline = usePipeline();
  const payCurrency = useProposedPayCurrency();
  const [draft, setDraft] = useState<EditorDraft>(() =>
    stored
      ? draftFromApplication(stored, payCurrency)
      : {
          ...draftFromApplication(null, payCurrency),
          stageId: firstStageOf(pipeline, 'saved').id,
          company: newCompany,
        },
  );
  // What the form opened with: closing a form that differs from it asks first, so that an
  // Escape pressed by habit does not throw away what was typed.
  const [openedDraft] = useState(draft);
  // The record as the form opened it: what it shows, and what a save writes its changes over.
  const [opened] = useState(stored);
  // The stored record a save expects: another tab's save since is kept where this form left its
  // fields, and one to a field this form changed stops the save (ChangedElsewhereError) and
  // becomes the record expected, so that saving again saves over it.
  const [known, setKnown] = useState(stored);
  const [collision, setCollision] = useState<ChangedElsewhereError | null>(null);
  const deleted = opened !== null && stored === null;
  const {
    requestClose: close,
    requestLeave,
    confirmation,
  } = useDiscardConfirmation(
    () => JSON.stringify(draft) !== JSON.stringify(openedDraft),
    opened ? `What you changed in ${opened.company} has not been saved.` : 'This application has not been added yet.',
    dialogClosed,
  );
  const stage = stageById(pipeline, draft.stageId) ?? firstStageOf(pipeline, 'saved');
  const base = useMemo(
    () => opened ?? newApplication({}, { id: 'new', now: toInstant(new Date()), stage }),
    [opened, stage],
  );
  // The record the form makes of what it opened with: a field that differs from it is changed here.
  const unchanged = useMemo(() => opened && applicationFromDraft(openedDraft, opened).candidate, [opened, openedDraft]);
  const { issues, submitted } = useIssuesAfterSubmit(() => checkDraft(draft, base).issues);
  const [saving, setSaving] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const formId = 'application-editor';

  // A new application that is already tracked is added only when asked to anyway.
  const same = useAlreadyTracked(opened ? null : draft);
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
      if (known && unchanged && !deleted) {
        const change = await repository.update(withFormChanges(known, unchanged, candidate), known);
        toastShown({
          message: `Saved ${change.after.company}.${movedOnApplying(change.before.stageId, change.after)}`,
          tone: 'info',
          // Takes back this save alone: a field changed since refuses it (ChangedSinceError).
          action: { label: 'Undo', run: () => repository.revert([change]) },
        });
      } else {
        const added = await repository.add(enteredFields(candidate), stage.id);
        applicationOpened(added.id);
        const what = deleted ? `${added.company} back` : added.company;
        toastShown({ message: `Added ${what}.${movedOnApplying(stage.id, added)}`, tone: 'info' });
      }
      dialogClosed();
    } catch (error) {
      if (error instanceof ChangedElsewhereError) {
        setKnown(error.stored);
        setCollision(error);
      } else showError(error);
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
      <AlreadyTracked
        same={same}
        leave={(open) => requestLeave(open, () => holdsMoreThanTheMatch(draft, openedDraft))}
      />
      <button type="button" onClick={close}>
        Cancel
      </button>
      {same.length > 0 ? (
        <button type="button" className="primary" disabled={saving} onClick={(event) => void submit(event, true)}>
          Add anyway
        </button>
      ) : (
        <button type="submit" form={formId} className="primary" disabled={saving}>
          {deleted ? 'Add it back' : opened ? 'Save changes' : 'Add application'}
        </button>
      )}
    </>
  );

  return (
    <>
      <Dialog
        title={opened ? `Edit ${opened.company}` : 'New application'}
        onClose={close}
        footer={footer}
        wide
        onOpenerGone={() => tableFocusRequested()}
      >
        {deleted ? (
          <div className="changed-elsewhere" role="alert" aria-labelledby={`${formId}-deleted`}>
            <p id={`${formId}-deleted`}>
              {opened.company} was deleted elsewhere while this form was open. What you typed is kept here:{' '}
              <em>Add it back</em> adds it again as a new application, its stage history starting now.
            </p>
          </div>
        ) : (
          collision && <ChangedElsewhere collision={collision} />
        )}
        <form id={formId} ref={formRef} className="editor" onSubmit={submit} noValidate>
          <BasicsSection {...section} showStage={!opened} />
          <WhereSection {...section} />
          <PaySection {...section} basePay={base.pay} />
          <DatesSection {...section} />
          <DeadlinesSection {...section} stage={stage} metOnSave={deadlinesMetOnSave(draft, stage, opened)} />
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

/** Why a save stopped: what the other tab wrote in the fields both changed, and the ways on. */
function ChangedElsewhere({ collision: { stored, fields } }: { collision: ChangedElsewhereError }) {
  const ref = useRef<HTMLDivElement>(null);
  const id = useId();
  // Focus brings it into view, above a form scrolled down to the field being typed in.
  useEffect(() => ref.current?.focus(), [stored]);
  return (
    <div ref={ref} className="changed-elsewhere" role="alert" aria-labelledby={id} tabIndex={-1}>
      <p id={id}>
        {stored.company} was changed elsewhere since you opened this form: {fieldsInWords(fields)}. Nothing was saved.
      </p>
      {fields.map((field) => {
        const value = stored[field];
        return typeof value === 'string' && value !== '' ? (
          <p key={field} className="changed-elsewhere-value">
            {capitalized(fieldsInWords([field]))} there now: “{value}”
          </p>
        ) : null;
      })}
      <p>
        <em>Save changes</em> again to save what you typed over it (its message has <em>Undo</em>), or <em>Cancel</em>{' '}
        to keep it as it is.
      </p>
    </div>
  );
}

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
