// Step 2: the page with what was found highlighted on one side, the proposed application on
// the other. Focusing a field emphasises the text it came from.
import { useMemo, useState, type FocusEvent, type FormEvent, type RefObject } from 'react';
import type { Application } from '@shared/application';
import type { PostingDraft } from '@shared/posting/postingDraft';
import type { Stage } from '@shared/pipeline';
import {
  BasicsSection,
  DatesSection,
  DeadlinesSection,
  LinksSection,
  PaySection,
  WhereSection,
} from '../editor/ApplicationFormSections';
import { ApplyingSection } from '../editor/ApplyingSection';
import type { EditorDraft, MetOnSave } from '../editor/editorDraft';
import { PaySummary } from '../detail/PaySummary';
import { evidenceAnnotator, pageNotes } from './evidenceAnnotations';
import { evidenceSpans } from './evidenceSpans';
import { PageHighlights } from './PageHighlights';
import { evidenceTarget, type PostingForm } from './postingForm';

interface PostingReviewProps {
  posting: PostingDraft;
  form: PostingForm;
  draft: EditorDraft;
  setDraft: (update: (draft: EditorDraft) => EditorDraft) => void;
  errorAt: (path: string) => string | undefined;
  /** The record the form describes now, for the normalised pay. */
  candidate: Application;
  formId: string;
  formRef: RefObject<HTMLFormElement | null>;
  onSubmit: (event: FormEvent) => void;
  /** The stage the application starts in. */
  stage: Stage;
  /** Why adding it ticks deadlines done, by kind (deadlinesMetOnSave). */
  metOnSave: MetOnSave;
  onChangeText: () => void;
}

const CURRENCY_CODE = /^[A-Z]{3}$/;

export function PostingReview({
  posting,
  form,
  draft,
  setDraft,
  errorAt,
  candidate,
  formId,
  formRef,
  onSubmit,
  stage,
  metOnSave,
  onChangeText,
}: PostingReviewProps) {
  const spans = useMemo(() => evidenceSpans(posting), [posting]);
  const [activePart, setActivePart] = useState<string | null>(null);
  const active = useMemo(() => {
    const target = activePart === null ? null : evidenceTarget(activePart, form);
    if (!target) return new Set<string>();
    return new Set(
      spans
        .filter((s) => s.field === target.field && (target.index === null || s.index === target.index))
        .map((s) => s.id),
    );
  }, [activePart, form, spans]);
  const annotate = evidenceAnnotator(posting, form, draft);
  const section = { draft, setDraft, errorAt, annotate };
  const notes = pageNotes(posting);

  function focused(event: FocusEvent<HTMLFormElement>) {
    const part = (event.target as Element).closest('[data-annotation]')?.getAttribute('data-annotation');
    setActivePart(part ?? null);
  }

  return (
    <div className="paste-review">
      <div className="paste-page">
        <div className="paste-pane-header">
          <h3>The page</h3>
          <button type="button" onClick={onChangeText}>
            Change the text
          </button>
        </div>
        {/* A status: after "Review proposed fields", a screen reader hears that nothing was found. */}
        <p className="muted small" role="status">
          {spans.length === 0
            ? 'Nothing on this page could be read as an application field.'
            : 'Highlighted: where each proposed field was found. Move to a field to find its text here.'}
        </p>
        <PageHighlights text={posting.text} spans={spans} active={active} />
      </div>

      <div className="paste-fields">
        <h3>Proposed application</h3>
        <p className="muted small">
          Check each field against the page and correct what is wrong. It is added to {stage.name}.
        </p>
        {notes.length > 0 && (
          <ul className="page-notes small">
            {notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        )}
        <form id={formId} ref={formRef} className="editor" onSubmit={onSubmit} onFocus={focused} noValidate>
          <BasicsSection {...section} showStage={false} />
          <WhereSection {...section} />
          <PaySection {...section}>
            {candidate.pay &&
              (CURRENCY_CODE.test(candidate.pay.currency) ? (
                <PaySummary app={candidate} />
              ) : (
                <p className="muted small">
                  Enter a three-letter currency code like USD to see the pay per hour, per month and in total.
                </p>
              ))}
          </PaySection>
          <DatesSection {...section} />
          <DeadlinesSection {...section} stage={stage} metOnSave={metOnSave} />
          <ApplyingSection {...section} />
          <LinksSection {...section} />
        </form>
      </div>
    </div>
  );
}
