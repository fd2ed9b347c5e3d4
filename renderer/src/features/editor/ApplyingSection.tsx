// What went with the application and what bears on it: visa sponsorship, a referral, and which
// résumé and cover letter were sent.
import { SPONSORSHIP_LABELS, SPONSORSHIPS, type Sponsorship } from '@shared/application';
import { Field } from '../../components/Field';
import { noAnnotation, noError, useSet, type SectionProps } from './ApplicationFormSections';

export function ApplyingSection({ draft, setDraft, errorAt = noError, annotate = noAnnotation }: SectionProps) {
  const set = useSet(setDraft);
  return (
    <fieldset>
      <legend>Sponsorship, referral and documents</legend>
      <div className="field-grid">
        {/* Two columns wide: "Does not sponsor visas" is clipped in one. */}
        <Field
          label="Visa sponsorship"
          error={errorAt('sponsorship')}
          annotation={annotate('sponsorship')}
          className="span-2"
        >
          <select value={draft.sponsorship} onChange={(e) => set('sponsorship', e.target.value as Sponsorship)}>
            {SPONSORSHIPS.map((s) => (
              <option key={s} value={s}>
                {SPONSORSHIP_LABELS[s]}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Résumé version" hint="Its name or where it is" error={errorAt('resumeVersion')}>
          <input value={draft.resumeVersion} onChange={(e) => set('resumeVersion', e.target.value)} />
        </Field>
        <Field label="Referred by" hint="Leave empty if no one referred you" error={errorAt('referral.name')}>
          <input value={draft.referralName} onChange={(e) => set('referralName', e.target.value)} />
        </Field>
        <Field label="Relation" hint="For example “former manager”" error={errorAt('referral.relation')}>
          <input value={draft.referralRelation} onChange={(e) => set('referralRelation', e.target.value)} />
        </Field>
        <Field label="Cover letter" hint="Its name, or none" error={errorAt('coverLetter')}>
          <input value={draft.coverLetter} onChange={(e) => set('coverLetter', e.target.value)} />
        </Field>
      </div>
    </fieldset>
  );
}
