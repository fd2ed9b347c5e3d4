// Create or edit an application: every field, with messages next to the fields that need fixing.
import { useLiveQuery } from 'dexie-react-hooks';
import { useRef, useState, type FormEvent } from 'react';
import {
  DEADLINE_KINDS,
  EMPLOYMENT_TYPES,
  PAY_PERIODS,
  PRIORITIES,
  STATUSES,
  WORK_MODES,
  type Application,
  type DeadlineKind,
} from '@shared/application';
import { toInstant } from '@shared/calendarDate';
import { newApplication } from '@shared/newApplication';
import { DEADLINE_KIND_LABELS } from '@shared/nextDate';
import { STATUS_LABELS } from '@shared/status';
import type { FieldIssue } from '@shared/validateApplication';
import { validateApplication } from '@shared/validateApplication';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { useData } from '../../db/DataContext';
import { fromRow } from '../../db/db';
import { showError, useToastStore } from '../../state/toastStore';
import { useUiStore } from '../../state/uiStore';
import { applicationFromDraft, draftFromApplication, type EditorDraft } from './editorDraft';

const PERIOD_LABELS = {
  hour: 'per hour',
  week: 'per week',
  month: 'per month',
  year: 'per year',
  total: 'for the whole internship',
};
const WORK_MODE_LABELS = { onsite: 'On-site', hybrid: 'Hybrid', remote: 'Remote' };

export function ApplicationEditor({ applicationId }: { applicationId: string | null }) {
  const { db } = useData();
  const stored = useLiveQuery(
    async () => (applicationId ? ((await db.applications.get(applicationId)) ?? null) : null),
    [db, applicationId],
  );
  if (applicationId && stored === undefined) return null;
  if (applicationId && stored === null) {
    return <MissingApplication />;
  }
  return <EditorForm stored={stored ? fromRow(stored) : null} />;
}

function MissingApplication() {
  const dialogClosed = useUiStore((s) => s.dialogClosed);
  return (
    <Dialog title="Application not found" onClose={dialogClosed}>
      <p>This application no longer exists. It may have been deleted.</p>
    </Dialog>
  );
}

function EditorForm({ stored }: { stored: Application | null }) {
  const { repository } = useData();
  const dialogClosed = useUiStore((s) => s.dialogClosed);
  const applicationSelected = useUiStore((s) => s.applicationSelected);
  const toastShown = useToastStore((s) => s.toastShown);
  const [draft, setDraft] = useState<EditorDraft>(() => draftFromApplication(stored));
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [saving, setSaving] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const formId = 'application-editor';

  const set = <K extends keyof EditorDraft>(key: K, value: EditorDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const errorAt = (path: string) => issues.find((i) => i.path === path)?.message;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const base = stored ?? newApplication({}, { id: 'new', now: toInstant(new Date()), status: draft.status });
    const { candidate, issues: conversionIssues } = applicationFromDraft(draft, base);
    const validation = validateApplication(candidate);
    const found = [...conversionIssues, ...(validation.ok ? [] : validation.issues)];
    setIssues(found);
    if (found.length > 0) {
      // Let the messages render, then take the user to the first field to fix.
      requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    setSaving(true);
    try {
      if (stored) {
        await repository.update(candidate);
        toastShown({ message: `Saved ${candidate.company}.`, tone: 'info' });
      } else {
        const {
          id: _id,
          status: _s,
          statusHistory: _h,
          createdAt: _c,
          updatedAt: _u,
          archivedAt: _a,
          ...fields
        } = candidate;
        const added = await repository.add(fields, draft.status);
        applicationSelected(added.id);
        toastShown({ message: `Added ${added.company}.`, tone: 'info' });
      }
      dialogClosed();
    } catch (error) {
      showError(error);
    } finally {
      setSaving(false);
    }
  }

  const footer = (
    <>
      {issues.length > 0 && (
        <p className="field-error" role="alert">
          {issues.length === 1 ? 'One field needs fixing.' : `${issues.length} fields need fixing.`}
        </p>
      )}
      <button type="button" onClick={dialogClosed}>
        Cancel
      </button>
      <button type="submit" form={formId} className="primary" disabled={saving}>
        {stored ? 'Save changes' : 'Add application'}
      </button>
    </>
  );

  return (
    <Dialog title={stored ? `Edit ${stored.company}` : 'New application'} onClose={dialogClosed} footer={footer} wide>
      <form id={formId} ref={formRef} className="editor" onSubmit={submit} noValidate>
        <fieldset>
          <legend>Basics</legend>
          <div className="field-grid">
            <Field label="Company" error={errorAt('company')}>
              <input value={draft.company} onChange={(e) => set('company', e.target.value)} autoFocus />
            </Field>
            <Field label="Role" error={errorAt('role')}>
              <input value={draft.role} onChange={(e) => set('role', e.target.value)} />
            </Field>
            {!stored && (
              <Field label="Status">
                <select value={draft.status} onChange={(e) => set('status', e.target.value as EditorDraft['status'])}>
                  {STATUSES.map((s) => (
                    <option key={s} value={s}>
                      {STATUS_LABELS[s]}
                    </option>
                  ))}
                </select>
              </Field>
            )}
            <Field label="Term" hint="For example Summer 2026">
              <input value={draft.term} onChange={(e) => set('term', e.target.value)} />
            </Field>
            <Field label="Type">
              <select
                value={draft.employmentType}
                onChange={(e) => set('employmentType', e.target.value as EditorDraft['employmentType'])}
              >
                <option value="">Not stated</option>
                {EMPLOYMENT_TYPES.map((t) => (
                  <option key={t} value={t}>
                    {t}
                  </option>
                ))}
              </select>
            </Field>
            <Field label="Priority">
              <select
                value={draft.priority}
                onChange={(e) => set('priority', e.target.value as EditorDraft['priority'])}
              >
                {PRIORITIES.map((p) => (
                  <option key={p} value={p}>
                    {p}
                  </option>
                ))}
              </select>
            </Field>
          </div>
        </fieldset>

        <fieldset>
          <legend>Where</legend>
          <div className="field-grid">
            <Field label="Work mode">
              <select
                value={draft.workMode}
                onChange={(e) => set('workMode', e.target.value as EditorDraft['workMode'])}
              >
                <option value="">Not stated</option>
                {WORK_MODES.map((m) => (
                  <option key={m} value={m}>
                    {WORK_MODE_LABELS[m]}
                  </option>
                ))}
              </select>
            </Field>
            <Field label="Locations" hint="One per line" error={errorAt('locations')} className="span-2">
              <textarea rows={3} value={draft.locations} onChange={(e) => set('locations', e.target.value)} />
            </Field>
          </div>
        </fieldset>

        <fieldset>
          <legend>Pay</legend>
          <div className="field-grid">
            <Field label="Pay from" error={errorAt('pay.min')}>
              <input inputMode="decimal" value={draft.payMin} onChange={(e) => set('payMin', e.target.value)} />
            </Field>
            <Field label="Pay up to" hint="Leave empty for a single amount" error={errorAt('pay.max')}>
              <input inputMode="decimal" value={draft.payMax} onChange={(e) => set('payMax', e.target.value)} />
            </Field>
            <Field label="Currency" error={errorAt('pay.currency')}>
              <input value={draft.payCurrency} maxLength={3} onChange={(e) => set('payCurrency', e.target.value)} />
            </Field>
            <Field label="Paid" error={errorAt('pay.period')}>
              <select
                value={draft.payPeriod}
                onChange={(e) => set('payPeriod', e.target.value as EditorDraft['payPeriod'])}
              >
                <option value="">Not stated</option>
                {PAY_PERIODS.map((p) => (
                  <option key={p} value={p}>
                    {PERIOD_LABELS[p]}
                  </option>
                ))}
              </select>
            </Field>
            <Field label="Pay as written" hint="For example “$11,000 monthly”" className="span-2">
              <input value={draft.payRaw} onChange={(e) => set('payRaw', e.target.value)} />
            </Field>
          </div>
        </fieldset>

        <CohortsSection draft={draft} setDraft={setDraft} errorAt={errorAt} />
        <DeadlinesSection draft={draft} setDraft={setDraft} errorAt={errorAt} />

        <fieldset>
          <legend>Links and notes</legend>
          <div className="field-grid">
            <Field label="Posting link" error={errorAt('postingUrl')} className="span-2">
              <input type="url" value={draft.postingUrl} onChange={(e) => set('postingUrl', e.target.value)} />
            </Field>
            <Field label="Source" hint="Where you found it">
              <input value={draft.source} onChange={(e) => set('source', e.target.value)} />
            </Field>
            <Field label="Applied on" error={errorAt('appliedAt')}>
              <input type="date" value={draft.appliedAt} onChange={(e) => set('appliedAt', e.target.value)} />
            </Field>
            <Field label="Tags" hint="Separated by commas" error={errorAt('tags')}>
              <input value={draft.tags} onChange={(e) => set('tags', e.target.value)} />
            </Field>
            <Field label="Notes" className="span-3">
              <textarea rows={4} value={draft.notes} onChange={(e) => set('notes', e.target.value)} />
            </Field>
          </div>
        </fieldset>

        <ContactsSection draft={draft} setDraft={setDraft} />
      </form>
    </Dialog>
  );
}

interface SectionProps {
  draft: EditorDraft;
  setDraft: (update: (draft: EditorDraft) => EditorDraft) => void;
  errorAt?: (path: string) => string | undefined;
}

function CohortsSection({ draft, setDraft, errorAt = () => undefined }: SectionProps) {
  const update = (index: number, patch: Partial<EditorDraft['cohorts'][number]>) =>
    setDraft((d) => ({ ...d, cohorts: d.cohorts.map((c, i) => (i === index ? { ...c, ...patch } : c)) }));
  return (
    <fieldset>
      <legend>Dates</legend>
      <div className="field-grid">
        <Field label="Duration in weeks" error={errorAt('durationWeeks')}>
          <input
            inputMode="numeric"
            value={draft.durationWeeks}
            onChange={(e) => setDraft((d) => ({ ...d, durationWeeks: e.target.value }))}
          />
        </Field>
      </div>
      <h3 className="subheading">Cohorts</h3>
      {draft.cohorts.map((cohort, index) => (
        <div key={cohort.id} className="repeat-row" role="group" aria-label={`Cohort ${index + 1}`}>
          <Field label="Starts" error={errorAt(`cohorts.${index}.start`)}>
            <input type="date" value={cohort.start} onChange={(e) => update(index, { start: e.target.value })} />
          </Field>
          <Field label="Ends" error={errorAt(`cohorts.${index}.end`)}>
            <input type="date" value={cohort.end} onChange={(e) => update(index, { end: e.target.value })} />
          </Field>
          <Field label="Label">
            <input value={cohort.label} onChange={(e) => update(index, { label: e.target.value })} />
          </Field>
          <label className="radio-row">
            <input
              type="radio"
              name="chosen-cohort"
              checked={draft.chosenCohortId === cohort.id}
              onChange={() => setDraft((d) => ({ ...d, chosenCohortId: cohort.id }))}
            />
            Chosen
          </label>
          <button
            type="button"
            className="link-button"
            aria-label={`Remove cohort ${index + 1}`}
            onClick={() =>
              setDraft((d) => ({
                ...d,
                cohorts: d.cohorts.filter((_, i) => i !== index),
                chosenCohortId: d.chosenCohortId === cohort.id ? null : d.chosenCohortId,
              }))
            }
          >
            Remove
          </button>
        </div>
      ))}
      <button
        type="button"
        onClick={() =>
          setDraft((d) => ({
            ...d,
            cohorts: [...d.cohorts, { id: crypto.randomUUID(), start: '', end: '', label: '' }],
          }))
        }
      >
        Add cohort
      </button>
    </fieldset>
  );
}

function DeadlinesSection({ draft, setDraft, errorAt = () => undefined }: SectionProps) {
  const update = (index: number, patch: Partial<EditorDraft['deadlines'][number]>) =>
    setDraft((d) => ({ ...d, deadlines: d.deadlines.map((x, i) => (i === index ? { ...x, ...patch } : x)) }));
  return (
    <fieldset>
      <legend>Deadlines</legend>
      {draft.deadlines.map((deadline, index) => (
        <div key={deadline.id} className="repeat-row" role="group" aria-label={`Deadline ${index + 1}`}>
          <Field label="Kind">
            <select value={deadline.kind} onChange={(e) => update(index, { kind: e.target.value as DeadlineKind })}>
              {DEADLINE_KINDS.map((k) => (
                <option key={k} value={k}>
                  {DEADLINE_KIND_LABELS[k]}
                </option>
              ))}
            </select>
          </Field>
          <Field label="Date" error={errorAt(`deadlines.${index}.at`)}>
            <input type="date" value={deadline.date} onChange={(e) => update(index, { date: e.target.value })} />
          </Field>
          <Field label="Time" hint="Optional">
            <input type="time" value={deadline.time} onChange={(e) => update(index, { time: e.target.value })} />
          </Field>
          <Field label="Label" error={errorAt(`deadlines.${index}.label`)}>
            <input value={deadline.label} onChange={(e) => update(index, { label: e.target.value })} />
          </Field>
          <label className="radio-row">
            <input
              type="checkbox"
              checked={deadline.done}
              onChange={(e) => update(index, { done: e.target.checked })}
            />
            Done
          </label>
          <button
            type="button"
            className="link-button"
            aria-label={`Remove deadline ${index + 1}`}
            onClick={() => setDraft((d) => ({ ...d, deadlines: d.deadlines.filter((_, i) => i !== index) }))}
          >
            Remove
          </button>
        </div>
      ))}
      <button
        type="button"
        onClick={() =>
          setDraft((d) => ({
            ...d,
            deadlines: [
              ...d.deadlines,
              { id: crypto.randomUUID(), kind: 'application', date: '', time: '', label: '', done: false },
            ],
          }))
        }
      >
        Add deadline
      </button>
    </fieldset>
  );
}

function ContactsSection({ draft, setDraft }: SectionProps) {
  const update = (index: number, patch: Partial<EditorDraft['contacts'][number]>) =>
    setDraft((d) => ({ ...d, contacts: d.contacts.map((c, i) => (i === index ? { ...c, ...patch } : c)) }));
  return (
    <fieldset>
      <legend>Contacts</legend>
      {draft.contacts.map((contact, index) => (
        <div key={contact.id} className="repeat-row" role="group" aria-label={`Contact ${index + 1}`}>
          <Field label="Name">
            <input value={contact.name} onChange={(e) => update(index, { name: e.target.value })} />
          </Field>
          <Field label="Role">
            <input value={contact.role} onChange={(e) => update(index, { role: e.target.value })} />
          </Field>
          <Field label="Email">
            <input type="email" value={contact.email} onChange={(e) => update(index, { email: e.target.value })} />
          </Field>
          <Field label="Phone">
            <input type="tel" value={contact.phone} onChange={(e) => update(index, { phone: e.target.value })} />
          </Field>
          <button
            type="button"
            className="link-button"
            aria-label={`Remove contact ${index + 1}`}
            onClick={() => setDraft((d) => ({ ...d, contacts: d.contacts.filter((_, i) => i !== index) }))}
          >
            Remove
          </button>
        </div>
      ))}
      <button
        type="button"
        onClick={() =>
          setDraft((d) => ({
            ...d,
            contacts: [...d.contacts, { id: crypto.randomUUID(), name: '', role: '', email: '', phone: '', notes: '' }],
          }))
        }
      >
        Add contact
      </button>
    </fieldset>
  );
}
