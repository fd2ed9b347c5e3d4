// "Paste posting": a job page in, a proposed application out, confirmed field by field before
// it is added to the first stage of the pipeline (Wishlist) with the page's text kept beside it.
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { toInstant } from '@shared/calendarDate';
import { newApplication } from '@shared/newApplication';
import { parsePosting } from '@shared/posting/parsePosting';
import type { PostingDraft } from '@shared/posting/postingDraft';
import { firstStageOf } from '@shared/pipeline';
import { Dialog } from '../../components/Dialog';
import { useDiscardConfirmation } from '../../components/useDiscardConfirmation';
import { FieldsToFix, focusFirstFieldToFix } from '../../components/FieldsToFix';
import { useIssuesAfterSubmit } from '../../components/useIssuesAfterSubmit';
import { useData } from '../../db/DataContext';
import { usePipeline, useProposedPayCurrency } from '../../model/queries';
import { showError, useToastStore } from '../../state/toastStore';
import { useUiStore } from '../../state/uiStore';
import { AlreadyTracked, holdsMoreThanTheMatch, useAlreadyTracked } from '../editor/alreadyTracked';
import {
  applicationFromDraft,
  checkDraft,
  deadlinesMetOnSave,
  enteredFields,
  issueAt,
  type EditorDraft,
} from '../editor/editorDraft';
import { foundSummary } from './foundSummary';
import { formFromPosting, type PostingForm } from './postingForm';
import { PostingInput } from './PostingInput';
import { createPostingReader, isLargePage } from './postingReader';
import { PostingReview } from './PostingReview';
import { useParsedPosting } from './useParsedPosting';
import { useSamePosting } from './useSamePosting';

/** The longest page text an application keeps (its `postingText`). */
const MAX_PAGE_CHARS = 1_000_000;

interface Reviewed {
  input: string;
  posting: PostingDraft;
  form: PostingForm;
}

/** Said when "Review proposed fields" is asked for with nothing in the box. */
const NOTHING_TO_REVIEW = 'Nothing to review yet: paste the job’s page in the box first.';

function pageProblem(posting: PostingDraft | null): string | null {
  if (posting === null || posting.text.length <= MAX_PAGE_CHARS) return null;
  return `This page has ${posting.text.length.toLocaleString('en-US')} characters; up to ${MAX_PAGE_CHARS.toLocaleString('en-US')} can be kept. Copy only the job's part of the page.`;
}

export function PastePostingDialog() {
  const { repository } = useData();
  const dialogClosed = useUiStore((s) => s.dialogClosed);
  const tableFocusRequested = useUiStore((s) => s.tableFocusRequested);
  const applicationOpened = useUiStore((s) => s.applicationOpened);
  const toastShown = useToastStore((s) => s.toastShown);

  const [text, setText] = useState('');
  // The review asked for with an empty box: said until the text changes.
  const [reviewedEmpty, setReviewedEmpty] = useState(false);
  const textArea = useRef<HTMLTextAreaElement>(null);
  const [reader] = useState(createPostingReader);
  useEffect(() => () => reader.stop(), [reader]);
  const { posting, failure } = useParsedPosting(reader, text);
  const [step, setStep] = useState<'text' | 'review'>('text');
  const [reviewed, setReviewed] = useState<Reviewed | null>(null);
  const [draft, setDraft] = useState<EditorDraft | null>(null);
  const [saving, setSaving] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const formId = 'paste-posting-form';

  const pipeline = usePipeline();
  const payCurrency = useProposedPayCurrency();
  // Wishlist, unless the student replaced it with a stage of their own.
  const firstStage = firstStageOf(pipeline, 'saved');
  // The page pasted before is the same application whatever the fields say (a role typed another way).
  const samePage = useSamePosting(reviewed?.posting.text ?? null);
  const sameFields = useAlreadyTracked(draft);
  const same = [...new Set([...samePage, ...sameFields])];
  const problem = failure ?? pageProblem(posting);

  const base = useMemo(
    () => newApplication({ postingText: reviewed?.posting.text ?? '' }, { id: 'new', now: toInstant(new Date()) }),
    [reviewed],
  );
  const fieldIssues = useIssuesAfterSubmit(() => (draft ? checkDraft(draft, base).issues : []));
  const issues = fieldIssues.issues;

  /** Goes on to the review of `input`; a large page is read in a worker first. */
  async function review(input: string) {
    setText(input);
    setReviewedEmpty(false);
    let read: PostingDraft;
    if (input === text && posting !== null) read = posting;
    else if (!isLargePage(input)) read = parsePosting(input);
    else {
      try {
        read = await reader.readLarge(input);
      } catch {
        // Cancelled by other text, or failed: useParsedPosting says why.
        return;
      }
    }
    if (input.trim() === '' || pageProblem(read)) return;
    // Coming back to the same text keeps the corrections made to its fields.
    if (reviewed?.input !== input) {
      const form = formFromPosting(read, payCurrency);
      setReviewed({ input, posting: read, form });
      setDraft(form.draft);
      fieldIssues.reset();
    }
    setStep('review');
  }

  async function add(anyway: boolean) {
    if (!draft || (same.length > 0 && !anyway)) return;
    const { candidate, issues: found } = checkDraft(draft, base);
    fieldIssues.submitted();
    if (found.length > 0) {
      focusFirstFieldToFix(formRef.current);
      return;
    }
    setSaving(true);
    try {
      const added = await repository.add(enteredFields(candidate), firstStage.id);
      applicationOpened(added.id);
      toastShown({ message: `Added ${added.company} — ${added.role}.`, tone: 'info' });
      dialogClosed();
    } catch (error) {
      showError(error);
    } finally {
      setSaving(false);
    }
  }

  const inReview = step === 'review' && reviewed !== null && draft !== null;
  // Fields corrected in the review, or a page typed or pasted and not yet added, are work.
  const { requestClose, requestLeave, confirmation } = useDiscardConfirmation(
    () => (inReview ? JSON.stringify(draft) !== JSON.stringify(reviewed.form.draft) : text.trim() !== ''),
    inReview
      ? 'Your corrections to the proposed fields have not been added.'
      : 'The posting you pasted or typed has not been added.',
    dialogClosed,
  );
  const footer = inReview ? (
    <>
      <FieldsToFix count={issues.length} />
      <AlreadyTracked
        same={same}
        leave={(open) => requestLeave(open, () => holdsMoreThanTheMatch(draft, reviewed.form.draft))}
      />
      <button type="button" onClick={requestClose}>
        Cancel
      </button>
      {same.length > 0 ? (
        <button type="button" className="primary" disabled={saving} onClick={() => void add(true)}>
          Add anyway
        </button>
      ) : (
        <button type="submit" form={formId} className="primary" disabled={saving}>
          Add application
        </button>
      )}
    </>
  ) : (
    <>
      <button type="button" onClick={requestClose}>
        Cancel
      </button>
      <button
        type="button"
        className="primary"
        onClick={() => {
          // Left enabled, so that it can say why it cannot go on rather than be skipped silently.
          if (text.trim() !== '' && problem === null) void review(text);
          else {
            setReviewedEmpty(text.trim() === '');
            textArea.current?.focus();
          }
        }}
      >
        Review proposed fields
      </button>
    </>
  );

  return (
    <>
      <Dialog
        title="Paste a job posting"
        onClose={requestClose}
        footer={footer}
        wide
        onOpenerGone={tableFocusRequested}
      >
        <div className={inReview ? 'paste-posting reviewing' : 'paste-posting'}>
          {inReview ? (
            <PostingReview
              posting={reviewed.posting}
              form={reviewed.form}
              draft={draft}
              setDraft={(update) => setDraft((d) => (d ? update(d) : d))}
              errorAt={(path) => issueAt(issues, path)}
              candidate={applicationFromDraft(draft, base).candidate}
              formId={formId}
              formRef={formRef}
              onSubmit={(event: FormEvent) => {
                event.preventDefault();
                void add(false);
              }}
              stage={firstStage}
              metOnSave={deadlinesMetOnSave(draft, firstStage, null)}
              onChangeText={() => setStep('text')}
            />
          ) : (
            <PostingInput
              text={text}
              found={posting ? foundSummary(posting) : 'Reading the page…'}
              problem={problem ?? (reviewedEmpty ? NOTHING_TO_REVIEW : null)}
              textArea={textArea}
              onChange={(changed) => {
                setReviewedEmpty(false);
                setText(changed);
              }}
              onPage={(page) => void review(page)}
            />
          )}
        </div>
      </Dialog>
      {confirmation}
    </>
  );
}
