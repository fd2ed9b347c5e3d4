// The sections of the application form, shared by the editor and the paste-a-posting dialog.
// Each edits an EditorDraft; `annotate` lets a dialog add words to a field or group (where a
// proposed value was found) without the sections knowing why.
import { useId, useState, type ReactNode } from 'react';
import {
  DEADLINE_KINDS,
  EMPLOYMENT_TYPE_LABELS,
  EMPLOYMENT_TYPES,
  EXCITEMENT_LEVELS,
  PAY_PERIODS,
  WORK_MODE_LABELS,
  WORK_MODES,
  type Application,
  type DeadlineKind,
} from '@shared/application';
import { DEADLINE_KIND_LABELS } from '@shared/nextDate';
import { newDeadlineKind } from '@shared/newDeadlineKind';
import { HOURS_PER_WEEK } from '@shared/payNormalize';
import type { Stage } from '@shared/pipeline';
import { parseTerm, termLabel } from '@shared/term';
import { DateInput } from '../../components/DateInput';
import { Field, type FieldAnnotation } from '../../components/Field';
import { addRowAndFocus, focusNeighbour } from '../../components/focusNeighbour';
import { StageOptions } from '../../components/StageOptions';
import { usePipeline } from '../../model/queries';
import {
  isFilledIn,
  isPastOpenDeadline,
  payCurrencyOf,
  payExamples,
  payReading,
  payTextFor,
  periodStatedIn,
  PERIOD_LABELS,
  timeHint,
  type CohortDraft,
  type DeadlineDraft,
  type EditorDraft,
  type MetOnSave,
} from './editorDraft';

/** The parts of the form a dialog can annotate: single fields, groups, and rows by their id. */
export type AnnotatedPart =
  | 'company'
  | 'role'
  | 'employmentType'
  | 'workMode'
  | 'locations'
  | 'pay'
  | 'durationWeeks'
  | 'cohorts'
  | 'deadlines'
  | 'postingUrl'
  | 'source'
  | 'term'
  | 'sponsorship'
  | `cohort:${string}`
  | `deadline:${string}`;

export interface SectionProps {
  draft: EditorDraft;
  setDraft: (update: (draft: EditorDraft) => EditorDraft) => void;
  errorAt?: (path: string) => string | undefined;
  annotate?: (part: AnnotatedPart) => FieldAnnotation | undefined;
}

export const noError = () => undefined;
export const noAnnotation = () => undefined;

export function useSet(setDraft: SectionProps['setDraft']) {
  return <K extends keyof EditorDraft>(key: K, value: EditorDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));
}

/** An annotation for a whole group of fields, tied to the group for screen readers. */
function useGroupAnnotation(annotation: FieldAnnotation | undefined) {
  const id = useId();
  if (!annotation) return { groupProps: {}, note: null };
  return {
    groupProps: { 'data-annotation': annotation.key, 'aria-describedby': id },
    note: (
      <p id={id} className="field-annotation small">
        {annotation.content}
      </p>
    ),
  };
}

/** What the term field will store, said under it as the user types. */
function termReading(written: string): string {
  if (written.trim() === '') return 'For example Summer 2026';
  const term = parseTerm(written);
  if (term.text === '') return `Read as ${termLabel(term)}`;
  const plain = termLabel({ ...term, text: '' });
  return plain ? `Kept as written (sorted as ${plain})` : 'Kept as written';
}

export function BasicsSection({
  draft,
  setDraft,
  errorAt = noError,
  annotate = noAnnotation,
  showStage,
}: SectionProps & { showStage: boolean }) {
  const set = useSet(setDraft);
  const pipeline = usePipeline();
  return (
    <fieldset>
      <legend>Basics</legend>
      <div className="field-grid">
        <Field label="Company" error={errorAt('company')} annotation={annotate('company')}>
          <input
            value={draft.company}
            onChange={(e) => set('company', e.target.value)}
            // data-autofocus when the form opens with its dialog; autoFocus when it appears inside an
            // open one (the paste dialog's review step).
            data-autofocus
            autoFocus
          />
        </Field>
        <Field label="Role" error={errorAt('role')} annotation={annotate('role')}>
          <input value={draft.role} onChange={(e) => set('role', e.target.value)} />
        </Field>
        {showStage && (
          <Field label="Stage">
            <select value={draft.stageId} onChange={(e) => set('stageId', e.target.value)}>
              <StageOptions pipeline={pipeline} />
            </select>
          </Field>
        )}
        <Field label="Term" hint={termReading(draft.term)} error={errorAt('term')} annotation={annotate('term')}>
          <input value={draft.term} onChange={(e) => set('term', e.target.value)} />
        </Field>
        <Field label="Type" annotation={annotate('employmentType')}>
          <select
            value={draft.employmentType}
            onChange={(e) => set('employmentType', e.target.value as EditorDraft['employmentType'])}
          >
            <option value="">Not stated</option>
            {EMPLOYMENT_TYPES.map((t) => (
              <option key={t} value={t}>
                {EMPLOYMENT_TYPE_LABELS[t]}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Excitement" hint="1 (meh) to 5 (dream internship)" error={errorAt('excitement')}>
          <select value={draft.excitement} onChange={(e) => set('excitement', e.target.value)}>
            <option value="">Not rated</option>
            {EXCITEMENT_LEVELS.map((level) => (
              <option key={level} value={String(level)}>
                {level}
              </option>
            ))}
          </select>
        </Field>
      </div>
    </fieldset>
  );
}

export function WhereSection({ draft, setDraft, errorAt = noError, annotate = noAnnotation }: SectionProps) {
  const set = useSet(setDraft);
  return (
    <fieldset>
      <legend>Where</legend>
      <div className="field-grid">
        <Field label="Work mode" annotation={annotate('workMode')}>
          <select value={draft.workMode} onChange={(e) => set('workMode', e.target.value as EditorDraft['workMode'])}>
            <option value="">Not stated</option>
            {WORK_MODES.map((m) => (
              <option key={m} value={m}>
                {WORK_MODE_LABELS[m]}
              </option>
            ))}
          </select>
        </Field>
        <Field
          label="Locations"
          hint="One per line"
          error={errorAt('locations')}
          annotation={annotate('locations')}
          className="span-2"
        >
          <textarea rows={3} value={draft.locations} onChange={(e) => set('locations', e.target.value)} />
        </Field>
      </div>
    </fieldset>
  );
}

/**
 * `basePay` is the pay as the form opened it (what Pay from's currency is compared with);
 * `children` follow the pay fields, inside the section (the paste dialog's normalised pay).
 */
export function PaySection({
  draft,
  setDraft,
  errorAt = noError,
  annotate = noAnnotation,
  basePay = null,
  children,
}: SectionProps & { basePay?: Application['pay']; children?: ReactNode }) {
  const set = useSet(setDraft);
  const { groupProps, note } = useGroupAnnotation(annotate('pay'));
  // A Pay as written that the student did not write in follows the amounts, period and currency,
  // so it never says another pay than they do. One left empty stays so: it contradicts nothing.
  const [ownText, setOwnText] = useState(false);
  const [following, setFollowing] = useState(false);
  // Paid left open follows the period a whole pay in Pay from states ("₹15,000/month"), so it
  // shows what is saved; one the student chose, or the record had, stays and is asked about.
  const [periodFollows, setPeriodFollows] = useState(false);
  // Currency left as the form opened it follows the currency the amounts write ("£20/hour": GBP),
  // as it is saved (payCurrencyOf); one the student typed stays.
  const [currencyFollows, setCurrencyFollows] = useState(false);
  const setPay = (key: 'payMin' | 'payMax' | 'payCurrency' | 'payPeriod', value: string) => {
    let next = { ...draft, [key]: value } as EditorDraft;
    if (key === 'payCurrency') setCurrencyFollows(false);
    else if (currencyFollows || draft.payCurrency.trim().toUpperCase() === draft.payCurrencyAsOpened) {
      const currency = payCurrencyOf({ ...next, payCurrency: draft.payCurrencyAsOpened });
      next = { ...next, payCurrency: currency };
      setCurrencyFollows(currency !== draft.payCurrencyAsOpened);
    }
    if (key === 'payPeriod') setPeriodFollows(false);
    else if (draft.payPeriod === '' || periodFollows) {
      const stated = periodStatedIn(next, basePay);
      if (stated !== undefined) {
        next = { ...next, payPeriod: stated ?? '' };
        setPeriodFollows(stated !== null);
      }
    }
    const follows = !ownText && (following || draft.payRaw.trim() !== '');
    const written = follows ? payTextFor(next, basePay) : null;
    setDraft((d) => ({
      ...d,
      [key]: value,
      payCurrency: next.payCurrency,
      payPeriod: next.payPeriod,
      ...(written === null ? {} : { payRaw: written }),
    }));
    if (written !== null) setFollowing(written !== basePay?.raw);
  };
  const examples = payExamples(draft);
  return (
    <fieldset {...groupProps}>
      <legend>Pay</legend>
      {note}
      <div className="field-grid">
        <Field
          label="Pay from"
          hint={payReading(draft, basePay) ?? `Or the whole pay, like “${examples.whole}”, or “Unpaid”`}
          error={errorAt('pay.min')}
        >
          <input inputMode="decimal" value={draft.payMin} onChange={(e) => setPay('payMin', e.target.value)} />
        </Field>
        <Field label="Pay up to" hint="Leave empty for a single amount" error={errorAt('pay.max')}>
          <input inputMode="decimal" value={draft.payMax} onChange={(e) => setPay('payMax', e.target.value)} />
        </Field>
        <Field
          label="Currency"
          hint={currencyFollows ? 'As Pay from writes it' : undefined}
          error={errorAt('pay.currency')}
        >
          <input value={draft.payCurrency} onChange={(e) => setPay('payCurrency', e.target.value)} />
        </Field>
        <Field label="Paid" hint={periodFollows ? 'As Pay from states it' : undefined} error={errorAt('pay.period')}>
          <select value={draft.payPeriod} onChange={(e) => setPay('payPeriod', e.target.value)}>
            <option value="">Not stated</option>
            {PAY_PERIODS.map((p) => (
              <option key={p} value={p}>
                {PERIOD_LABELS[p]}
              </option>
            ))}
          </select>
        </Field>
        <Field
          label="Hours a week"
          hint={`For part-time pay; empty for ${HOURS_PER_WEEK}`}
          error={errorAt('pay.hoursPerWeek')}
        >
          <input inputMode="decimal" value={draft.payHours} onChange={(e) => set('payHours', e.target.value)} />
        </Field>
        <Field
          label="Pay as written"
          hint={
            following
              ? 'Written from the pay above, as it changed; write your own words here to keep them'
              : `For example “${examples.written}”`
          }
          error={errorAt('pay.raw')}
          className="span-2"
        >
          <input
            value={draft.payRaw}
            onChange={(e) => {
              setOwnText(true);
              setFollowing(false);
              set('payRaw', e.target.value);
            }}
          />
        </Field>
      </div>
      {children}
    </fieldset>
  );
}

export function DatesSection({ draft, setDraft, errorAt = noError, annotate = noAnnotation }: SectionProps) {
  const { groupProps, note } = useGroupAnnotation(annotate('cohorts'));
  return (
    <fieldset {...groupProps}>
      <legend>Dates</legend>
      {note}
      <div className="field-grid">
        <Field label="Duration in weeks" error={errorAt('durationWeeks')} annotation={annotate('durationWeeks')}>
          <input
            inputMode="numeric"
            value={draft.durationWeeks}
            onChange={(e) => setDraft((d) => ({ ...d, durationWeeks: e.target.value }))}
          />
        </Field>
      </div>
      <h3 className="subheading">Cohorts</h3>
      {draft.cohorts.map((cohort, index) => (
        <CohortRow
          key={cohort.id}
          cohort={cohort}
          index={index}
          draft={draft}
          setDraft={setDraft}
          errorAt={errorAt}
          annotate={annotate}
        />
      ))}
      <button
        type="button"
        onClick={(event) =>
          addRowAndFocus(event.currentTarget, () =>
            setDraft((d) => ({
              ...d,
              cohorts: [...d.cohorts, { id: crypto.randomUUID(), start: '', end: '', label: '' }],
            })),
          )
        }
      >
        Add cohort
      </button>
    </fieldset>
  );
}

function CohortRow({
  cohort,
  index,
  draft,
  setDraft,
  errorAt = noError,
  annotate = noAnnotation,
}: SectionProps & { cohort: CohortDraft; index: number }) {
  const { groupProps, note } = useGroupAnnotation(annotate(`cohort:${cohort.id}`));
  const update = (patch: Partial<CohortDraft>) =>
    setDraft((d) => ({ ...d, cohorts: d.cohorts.map((c) => (c.id === cohort.id ? { ...c, ...patch } : c)) }));
  return (
    <div className="repeat-row" role="group" aria-label={`Cohort ${index + 1}`} {...groupProps}>
      <Field label="Starts" error={errorAt(`cohorts.${index}.start`)}>
        <DateInput value={cohort.start} onValue={(start) => update({ start })} />
      </Field>
      <Field label="Ends" error={errorAt(`cohorts.${index}.end`)}>
        <DateInput value={cohort.end} onValue={(end) => update({ end })} />
      </Field>
      <Field label="Label" error={errorAt(`cohorts.${index}.label`)}>
        <input value={cohort.label} onChange={(e) => update({ label: e.target.value })} />
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
        onClick={(event) => {
          focusNeighbour(event.currentTarget.closest('.repeat-row'));
          setDraft((d) => ({
            ...d,
            cohorts: d.cohorts.filter((c) => c.id !== cohort.id),
            chosenCohortId: d.chosenCohortId === cohort.id ? null : d.chosenCohortId,
          }));
        }}
      >
        Remove
      </button>
      {note}
    </div>
  );
}

/**
 * `stage`: the one the application is saved in, which an added deadline's kind fits
 * (newDeadlineKind.ts); `metOnSave`: why saving ticks deadlines done, by kind (deadlinesMetOnSave).
 */
export function DeadlinesSection({
  draft,
  setDraft,
  errorAt = noError,
  annotate = noAnnotation,
  stage,
  metOnSave,
}: SectionProps & { stage: Pick<Stage, 'name' | 'phase'>; metOnSave: MetOnSave }) {
  const { groupProps, note } = useGroupAnnotation(annotate('deadlines'));
  const newKind = newDeadlineKind(stage, (kind) => metOnSave[kind] !== undefined);
  return (
    <fieldset {...groupProps}>
      <legend>Deadlines</legend>
      {note}
      {draft.deadlines.map((deadline, index) => (
        <DeadlineRow
          key={deadline.id}
          deadline={deadline}
          index={index}
          draft={draft}
          setDraft={setDraft}
          errorAt={errorAt}
          annotate={annotate}
          metOnSave={metOnSave[deadline.kind] ?? null}
        />
      ))}
      <button
        type="button"
        onClick={(event) =>
          addRowAndFocus(event.currentTarget, () =>
            setDraft((d) => ({
              ...d,
              deadlines: [
                ...d.deadlines,
                { id: crypto.randomUUID(), kind: newKind, date: '', time: '', label: '', done: false },
              ],
            })),
          )
        }
      >
        Add deadline
      </button>
    </fieldset>
  );
}

function DeadlineRow({
  deadline,
  index,
  setDraft,
  errorAt = noError,
  annotate = noAnnotation,
  metOnSave,
}: SectionProps & { deadline: DeadlineDraft; index: number; metOnSave: string | null }) {
  const { groupProps, note } = useGroupAnnotation(annotate(`deadline:${deadline.id}`));
  const metHintId = useId();
  // Ticked by the save whatever the box says: shown ticked, and not to be unticked here.
  const done = deadline.done || metOnSave !== null;
  const update = (patch: Partial<DeadlineDraft>) =>
    setDraft((d) => ({ ...d, deadlines: d.deadlines.map((x) => (x.id === deadline.id ? { ...x, ...patch } : x)) }));
  return (
    <div
      className="repeat-row"
      role="group"
      aria-label={`Deadline ${index + 1}`}
      data-deadline-id={deadline.id}
      {...groupProps}
    >
      <Field label="Kind">
        <select value={deadline.kind} onChange={(e) => update({ kind: e.target.value as DeadlineKind })}>
          {DEADLINE_KINDS.map((k) => (
            <option key={k} value={k}>
              {DEADLINE_KIND_LABELS[k]}
            </option>
          ))}
        </select>
      </Field>
      <Field
        label="Date"
        hint={
          isPastOpenDeadline({ ...deadline, done }, new Date()) ? 'Already passed: no reminder will come' : undefined
        }
        error={errorAt(`deadlines.${index}.at`)}
      >
        <DateInput value={deadline.date} onValue={(date) => update({ date })} />
      </Field>
      <Field label="Time" hint={timeHint(deadline.date, deadline.time)} error={errorAt(`deadlines.${index}.time`)}>
        <DateInput type="time" value={deadline.time} onValue={(time) => update({ time })} />
      </Field>
      <Field label="Label" error={errorAt(`deadlines.${index}.label`)}>
        <input value={deadline.label} onChange={(e) => update({ label: e.target.value })} />
      </Field>
      <label className="radio-row">
        <input
          type="checkbox"
          checked={done}
          // Focusable, so its reason is heard, but not changed: the save would tick it again.
          aria-disabled={metOnSave !== null || undefined}
          aria-describedby={metOnSave !== null ? metHintId : undefined}
          onChange={(e) => {
            if (metOnSave === null) update({ done: e.target.checked });
          }}
        />
        Done
      </label>
      {metOnSave !== null && (
        <span id={metHintId} className="hint small deadline-met">
          {metOnSave}
        </span>
      )}
      <button
        type="button"
        className="link-button"
        aria-label={`Remove deadline ${index + 1}`}
        onClick={(event) => {
          focusNeighbour(event.currentTarget.closest('.repeat-row'));
          setDraft((d) => ({ ...d, deadlines: d.deadlines.filter((x) => x.id !== deadline.id) }));
        }}
      >
        Remove
      </button>
      {note}
    </div>
  );
}

export function LinksSection({ draft, setDraft, errorAt = noError, annotate = noAnnotation }: SectionProps) {
  const set = useSet(setDraft);
  return (
    <fieldset>
      <legend>Links and notes</legend>
      <div className="field-grid">
        <Field
          label="Posting link"
          error={errorAt('postingUrl')}
          annotation={annotate('postingUrl')}
          className="span-2"
        >
          <input type="url" value={draft.postingUrl} onChange={(e) => set('postingUrl', e.target.value)} />
        </Field>
        <Field label="Source" hint="Where you found it" error={errorAt('source')} annotation={annotate('source')}>
          <input value={draft.source} onChange={(e) => set('source', e.target.value)} />
        </Field>
        <Field label="Applied on" error={errorAt('appliedAt')}>
          <DateInput value={draft.appliedAt} onValue={(date) => set('appliedAt', date)} />
        </Field>
        <Field label="Tags" hint="Separated by commas" error={errorAt('tags')}>
          <input value={draft.tags} onChange={(e) => set('tags', e.target.value)} />
        </Field>
        <Field label="Notes" error={errorAt('notes')} className="span-3">
          <textarea rows={4} value={draft.notes} onChange={(e) => set('notes', e.target.value)} />
        </Field>
      </div>
    </fieldset>
  );
}

export function ContactsSection({ draft, setDraft, errorAt = noError }: SectionProps) {
  const update = (index: number, patch: Partial<EditorDraft['contacts'][number]>) =>
    setDraft((d) => ({ ...d, contacts: d.contacts.map((c, i) => (i === index ? { ...c, ...patch } : c)) }));
  // Empty rows are dropped before validation, so an issue's index counts only the filled-in ones.
  const errorOf = (index: number, field: 'name' | 'role' | 'email' | 'phone') =>
    isFilledIn(draft.contacts[index]!)
      ? errorAt(`contacts.${draft.contacts.slice(0, index).filter(isFilledIn).length}.${field}`)
      : undefined;
  return (
    <fieldset>
      <legend>Contacts</legend>
      {draft.contacts.map((contact, index) => (
        <div key={contact.id} className="repeat-row contact-row" role="group" aria-label={`Contact ${index + 1}`}>
          <Field label="Name" error={errorOf(index, 'name')}>
            <input value={contact.name} onChange={(e) => update(index, { name: e.target.value })} />
          </Field>
          <Field label="Role" error={errorOf(index, 'role')}>
            <input value={contact.role} onChange={(e) => update(index, { role: e.target.value })} />
          </Field>
          <Field label="Email" error={errorOf(index, 'email')}>
            <input type="email" value={contact.email} onChange={(e) => update(index, { email: e.target.value })} />
          </Field>
          <Field label="Phone" error={errorOf(index, 'phone')}>
            <input type="tel" value={contact.phone} onChange={(e) => update(index, { phone: e.target.value })} />
          </Field>
          <button
            type="button"
            className="link-button"
            aria-label={`Remove contact ${index + 1}`}
            onClick={(event) => {
              focusNeighbour(event.currentTarget.closest('.repeat-row'));
              setDraft((d) => ({ ...d, contacts: d.contacts.filter((_, i) => i !== index) }));
            }}
          >
            Remove
          </button>
        </div>
      ))}
      <button
        type="button"
        onClick={(event) =>
          addRowAndFocus(event.currentTarget, () =>
            setDraft((d) => ({
              ...d,
              contacts: [
                ...d.contacts,
                { id: crypto.randomUUID(), name: '', role: '', email: '', phone: '', notes: '' },
              ],
            })),
          )
        }
      >
        Add contact
      </button>
    </fieldset>
  );
}
