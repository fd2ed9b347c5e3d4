// The offer beyond its base pay (which stays under Pay): housing, relocation, sign-on bonus, other
// parts, when it came, the deadline to answer it and what is said of a return offer. Most
// applications never get one, so the section stays folded until the student adds an offer.
import { useRef } from 'react';
import { flushSync } from 'react-dom';
import { HOUSING_PERIODS, type HousingPeriod } from '@shared/application';
import { isCalendarDate } from '@shared/calendarDate';
import { DEADLINE_KIND_LABELS } from '@shared/nextDate';
import { DateInput } from '../../components/DateInput';
import { Field } from '../../components/Field';
import { formatWhen } from '../../components/formatDates';
import { focusNeighbour } from '../../components/focusNeighbour';
import { noError, type SectionProps } from './ApplicationFormSections';
import {
  emptyOfferDraft,
  offerCurrencyOf,
  type DeadlineDraft,
  type EditorDraft,
  type HousingChoice,
  type OfferDraft,
} from './editorDraft';

const HOUSING_PERIOD_LABELS: Record<HousingPeriod, string> = {
  week: 'per week',
  month: 'per month',
  total: 'once, for the whole internship',
};

/** How a deadline reads in the response-deadline choice: its label or kind, and its day. */
/** The date first: where the field is narrow, the name is what gets cut. */
function deadlineChoice(deadline: DeadlineDraft): string {
  const name = deadline.label.trim() || DEADLINE_KIND_LABELS[deadline.kind];
  return isCalendarDate(deadline.date) ? `${formatWhen(deadline.date)} · ${name}` : name;
}

export function OfferSection({ draft, setDraft, errorAt = noError }: SectionProps) {
  const ref = useRef<HTMLFieldSetElement>(null);
  /** Opens or folds the section, then takes focus to its first field, or back to the button. */
  function setOffer(offer: (d: EditorDraft) => OfferDraft | null) {
    flushSync(() => setDraft((d) => ({ ...d, offer: offer(d) })));
    ref.current?.querySelector<HTMLElement>('input, button')?.focus();
  }

  const offer = draft.offer;
  return (
    <fieldset ref={ref}>
      <legend>Offer</legend>
      {offer === null ? (
        <div className="button-row">
          <span className="muted">No offer recorded.</span>
          <button type="button" onClick={() => setOffer(() => emptyOfferDraft())}>
            Add offer details
          </button>
        </div>
      ) : (
        <OfferFields
          offer={offer}
          draft={draft}
          setDraft={setDraft}
          errorAt={errorAt}
          onRemove={() => setOffer(() => null)}
        />
      )}
    </fieldset>
  );
}

function OfferFields({
  offer,
  draft,
  setDraft,
  errorAt = noError,
  onRemove,
}: SectionProps & { offer: OfferDraft; onRemove: () => void }) {
  const update = (patch: Partial<OfferDraft>) =>
    setDraft((d) => ({ ...d, offer: d.offer && { ...d.offer, ...patch } }));
  const updateParts = (change: (parts: OfferDraft['other']) => OfferDraft['other']) =>
    setDraft((d) => ({ ...d, offer: d.offer && { ...d.offer, other: change(d.offer.other) } }));
  const updatePart = (id: string, patch: Partial<OfferDraft['other'][number]>) =>
    updateParts((parts) => parts.map((p) => (p.id === id ? { ...p, ...patch } : p)));
  /**
   * A new offer-response deadline among the deadlines above, chosen here; focus goes to its date,
   * so the student types it at once.
   */
  function addResponseDeadline() {
    const id = crypto.randomUUID();
    flushSync(() =>
      setDraft((d) => ({
        ...d,
        deadlines: [...d.deadlines, { id, kind: 'offer-response', date: '', time: '', label: '', done: false }],
        offer: d.offer && { ...d.offer, responseDeadlineId: id },
      })),
    );
    document.querySelector<HTMLElement>(`[data-deadline-id="${id}"] input`)?.focus();
  }
  const chosenDeadlineGone =
    offer.responseDeadlineId !== '' && !draft.deadlines.some((d) => d.id === offer.responseDeadlineId);
  return (
    <>
      <div className="field-grid">
        <Field label="Offered on" error={errorAt('offer.offeredOn')}>
          <DateInput value={offer.offeredOn} onValue={(offeredOn) => update({ offeredOn })} />
        </Field>
        <Field
          label="Answer by"
          hint={
            draft.deadlines.length === 0 ? 'No deadlines yet: add the date to answer by' : 'One of the deadlines above'
          }
          error={errorAt('offer.responseDeadlineId')}
        >
          <select
            value={chosenDeadlineGone ? '' : offer.responseDeadlineId}
            onChange={(e) => update({ responseDeadlineId: e.target.value })}
          >
            <option value="">No deadline</option>
            {draft.deadlines.map((deadline) => (
              <option key={deadline.id} value={deadline.id}>
                {deadlineChoice(deadline)}
              </option>
            ))}
          </select>
        </Field>
        <button type="button" className="beside-inputs" onClick={addResponseDeadline}>
          Add a date to answer by
        </button>
        <Field
          label="Offer currency"
          hint={
            offer.currencyFollowsPay
              ? 'Of every amount below; the pay’s, until you write another'
              : 'Of every amount below'
          }
          error={errorAt('offer.currency')}
        >
          <input
            value={offer.currencyFollowsPay ? offerCurrencyOf(draft, offer) : offer.currency}
            onChange={(e) => update({ currency: e.target.value, currencyFollowsPay: false })}
          />
        </Field>
        <Field label="Relocation" hint="Paid once" error={errorAt('offer.relocation')}>
          <input
            inputMode="decimal"
            value={offer.relocation}
            onChange={(e) => update({ relocation: e.target.value })}
          />
        </Field>
        <Field label="Sign-on bonus" hint="Paid once" error={errorAt('offer.signOnBonus')}>
          <input
            inputMode="decimal"
            value={offer.signOnBonus}
            onChange={(e) => update({ signOnBonus: e.target.value })}
          />
        </Field>
        {/* A stipend's own fields say what is wrong with them, once, beside them. */}
        <Field label="Housing" error={offer.housing === 'stipend' ? undefined : errorAt('offer.housing')}>
          <select value={offer.housing} onChange={(e) => update({ housing: e.target.value as HousingChoice })}>
            <option value="none">None</option>
            <option value="stipend">Stipend</option>
            <option value="provided">Provided</option>
          </select>
        </Field>
        {offer.housing === 'stipend' && (
          <>
            <Field label="Stipend amount" error={errorAt('offer.housing.amount')}>
              <input
                inputMode="decimal"
                value={offer.housingAmount}
                onChange={(e) => update({ housingAmount: e.target.value })}
              />
            </Field>
            <Field label="Stipend paid" error={errorAt('offer.housing.period')}>
              <select
                value={offer.housingPeriod}
                onChange={(e) => update({ housingPeriod: e.target.value as HousingPeriod })}
              >
                {HOUSING_PERIODS.map((period) => (
                  <option key={period} value={period}>
                    {HOUSING_PERIOD_LABELS[period]}
                  </option>
                ))}
              </select>
            </Field>
          </>
        )}
      </div>
      <h3 className="subheading">Other parts</h3>
      {offer.other.map((part, index) => (
        <div key={part.id} className="repeat-row" role="group" aria-label={`Other part ${index + 1}`}>
          <Field label="What" hint="For example “Transit pass”" error={errorAt(`offer.other.${index}.label`)}>
            <input value={part.label} onChange={(e) => updatePart(part.id, { label: e.target.value })} />
          </Field>
          <Field label="Amount" hint="Paid once" error={errorAt(`offer.other.${index}.amount`)}>
            <input
              inputMode="decimal"
              value={part.amount}
              onChange={(e) => updatePart(part.id, { amount: e.target.value })}
            />
          </Field>
          <button
            type="button"
            className="link-button"
            aria-label={`Remove other part ${index + 1}`}
            onClick={(click) => {
              focusNeighbour(click.currentTarget.closest('.repeat-row'));
              updateParts((parts) => parts.filter((p) => p.id !== part.id));
            }}
          >
            Remove
          </button>
        </div>
      ))}
      <button
        type="button"
        onClick={() => updateParts((parts) => [...parts, { id: crypto.randomUUID(), label: '', amount: '' }])}
      >
        Add another part
      </button>
      <div className="field-grid section-gap">
        <Field label="Return-offer prospects" error={errorAt('offer.returnOfferProspects')} className="span-3">
          <textarea
            rows={2}
            value={offer.returnOfferProspects}
            onChange={(e) => update({ returnOfferProspects: e.target.value })}
          />
        </Field>
      </div>
      <div className="button-row section-gap">
        <button type="button" className="danger" onClick={onRemove}>
          Remove offer details
        </button>
      </div>
    </>
  );
}
