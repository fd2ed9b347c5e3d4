// The day the student means to follow up (a note to the recruiter, a thank-you), and whether it is done.
import { DateInput } from '../../components/DateInput';
import { Field } from '../../components/Field';
import { noError, useSet, type SectionProps } from './ApplicationFormSections';

export function FollowUpSection({ draft, setDraft, errorAt = noError }: SectionProps) {
  const set = useSet(setDraft);
  return (
    <fieldset>
      <legend>Follow-up</legend>
      <div className="field-grid">
        <Field label="Follow up on" hint="Leave empty for no follow-up" error={errorAt('followUp.on')}>
          <DateInput value={draft.followUpOn} onValue={(date) => set('followUpOn', date)} />
        </Field>
        <Field label="Follow-up note" hint="For example “Email Sarah”" error={errorAt('followUp.note')}>
          <input value={draft.followUpNote} onChange={(e) => set('followUpNote', e.target.value)} />
        </Field>
        <label className="radio-row beside-inputs">
          <input
            type="checkbox"
            checked={draft.followUpDone}
            disabled={draft.followUpOn === ''}
            onChange={(e) => set('followUpDone', e.target.checked)}
          />
          Followed up
        </label>
      </div>
    </fieldset>
  );
}
