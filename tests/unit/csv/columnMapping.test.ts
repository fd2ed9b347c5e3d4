import { describe, expect, it } from 'vitest';
import { headerKey, mappingProblems, namesApplicationDeadline, proposeMapping } from '@shared/csv/columnMapping';
import { EXPORT_COLUMNS } from '@shared/csv/exportColumns';

describe('proposeMapping', () => {
  it('recognises our own export and skips its computed columns', () => {
    const { preset, mapping } = proposeMapping(EXPORT_COLUMNS.map((c) => c.header));
    expect(preset).toBe('own-export');
    expect(mapping).toEqual(EXPORT_COLUMNS.map((c) => c.field));
    expect(mapping[EXPORT_COLUMNS.findIndex((c) => c.header === 'Monthly pay')]).toBeNull();
  });

  it("recognises LinkedIn's Job Applications.csv, and skips the student's own email and phone in it", () => {
    const header = [
      'Application Date',
      'Contact Email',
      'Contact Phone Number',
      'Company Name',
      'Job Title',
      'Job Url',
      'Resume Name',
      'Question And Answers',
    ];
    expect(proposeMapping(header)).toEqual({
      preset: 'linkedin',
      mapping: ['appliedAt', null, null, 'company', 'role', 'postingUrl', 'resumeVersion', 'notes'],
    });
  });

  it('recognises the common spreadsheet tracker', () => {
    const header = [
      'Job Position',
      'Company',
      'Max. Salary',
      'Location',
      'Status',
      'Date Saved',
      'Deadline',
      'Date Applied',
      'Follow up',
      'Excitement',
    ];
    expect(proposeMapping(header)).toEqual({
      preset: 'spreadsheet-tracker',
      mapping: [
        'role',
        'company',
        'pay',
        'locations',
        'stage',
        'dateSaved',
        'deadline',
        'appliedAt',
        'followUp',
        'excitement',
      ],
    });
  });

  it('maps generic names and synonyms whatever their case, spacing and punctuation', () => {
    const header = [
      'EMPLOYER',
      'job_title',
      'Stage',
      'date-applied',
      'Apply by',
      'Salary',
      'City',
      'Link',
      'Comments',
      'Favourite colour',
    ];
    expect(proposeMapping(header)).toEqual({
      preset: 'generic',
      mapping: ['company', 'role', 'stage', 'appliedAt', 'deadline', 'pay', 'locations', 'postingUrl', 'notes', null],
    });
  });

  it('maps the names students give the fields schema 2 added', () => {
    const header = [
      'Company',
      'Position',
      'Status',
      'Interest',
      'Sponsorship',
      'Referred by',
      'Relationship',
      'Résumé version',
      'Cover letter',
      'Follow-up date',
      'Interview date',
      'Offer date',
      'Housing',
      'Relocation',
      'Signing bonus',
      'Season',
      'Year',
    ];
    expect(proposeMapping(header).mapping).toEqual([
      'company',
      'role',
      'stage',
      'excitement',
      'sponsorship',
      'referralName',
      'referralRelation',
      'resumeVersion',
      'coverLetter',
      'followUp',
      'interviewDate',
      'offeredOn',
      'housing',
      'relocation',
      'signOnBonus',
      'termSeason',
      'termYear',
    ]);
    expect(proposeMapping(['Company', 'Role', 'Visa', 'Rating', 'Referral', 'Resume', 'Term']).mapping).toEqual([
      'company',
      'role',
      'sponsorship',
      'excitement',
      'referralName',
      'resumeVersion',
      'term',
    ]);
  });

  it("recognises a v1 export, whose stage columns were 'Status' and 'Status history'", () => {
    const header = ['Company', 'Role', 'Status', 'Deadlines', 'Pay period', 'Priority', 'Status history'];
    expect(proposeMapping(header)).toEqual({
      preset: 'own-export',
      mapping: ['company', 'role', 'stage', 'deadlines', 'payPeriod', 'excitement', 'stageHistory'],
    });
  });

  it('reads a Max. Salary beside a Min. Salary as the top of the range, and alone as the pay', () => {
    expect(proposeMapping(['Job Position', 'Company', 'Min. Salary', 'Max. Salary']).mapping).toEqual([
      'role',
      'company',
      'payMin',
      'payMax',
    ]);
    expect(proposeMapping(['Job Position', 'Company', 'Max. Salary', 'Status']).mapping).toEqual([
      'role',
      'company',
      'pay',
      'stage',
    ]);
  });

  it('maps a French or Spanish link column', () => {
    expect(proposeMapping(['Entreprise', 'Poste', 'Lien']).mapping[2]).toBe('postingUrl');
    expect(proposeMapping(['Empresa', 'Puesto', 'Enlace']).mapping[2]).toBe('postingUrl');
  });

  it('maps the applied date of French, German and Spanish trackers', () => {
    expect(proposeMapping(['Entreprise', 'Poste', 'Statut', 'Candidature']).mapping).toEqual([
      'company',
      'role',
      'stage',
      'appliedAt',
    ]);
    expect(proposeMapping(['Firma', 'Stelle', 'Beworben']).mapping[2]).toBe('appliedAt');
    expect(proposeMapping(['Empresa', 'Puesto', 'Fecha de postulación']).mapping[2]).toBe('appliedAt');
  });

  it.each([
    ['Ansprechpartner', 'contactName'],
    ['Ansprechpartnerin', 'contactName'],
    ['Ansprechperson', 'contactName'],
    ['Kontakt', 'contactName'],
    ['Kontaktperson', 'contactName'],
    ['Interlocuteur', 'contactName'],
    ['Interlocutrice', 'contactName'],
    ['Personne de contact', 'contactName'],
    ['Contacto', 'contactName'],
    ['Persona de contacto', 'contactName'],
    ['Telefon', 'contactPhone'],
    ['Téléphone', 'contactPhone'],
    ['Teléfono', 'contactPhone'],
    ['Courriel', 'contactEmail'],
    ['Correo', 'contactEmail'],
    ['Correo electrónico', 'contactEmail'],
  ])("maps the contact column '%s' of a German, French or Spanish tracker to %s", (name, field) => {
    expect(proposeMapping(['Firma', 'Stelle', name]).mapping[2]).toBe(field);
  });

  // The columns students name in their own language, as Excel in that locale saves the sheet.
  it.each([
    // Dutch
    [
      [
        'Bedrijf',
        'Functie',
        'Locatie',
        'Datum sollicitatie',
        'Deadline',
        'Status',
        'Vergoeding',
        'Link',
        'Contactpersoon',
        'Opmerkingen',
      ],
    ],
    // Italian
    [
      [
        'Azienda',
        'Posizione',
        'Città',
        'Data candidatura',
        'Scadenza',
        'Stato',
        'Retribuzione',
        'Link',
        'Referente',
        'Note',
      ],
    ],
    // Portuguese (Brazil)
    [['Empresa', 'Vaga', 'Cidade', 'Data da inscrição', 'Prazo', 'Status', 'Bolsa', 'Link', 'Contato', 'Observações']],
    // Polish
    [
      [
        'Firma',
        'Stanowisko',
        'Miasto',
        'Data aplikacji',
        'Termin zgłoszeń',
        'Status',
        'Wynagrodzenie',
        'Link',
        'Osoba kontaktowa',
        'Notatki',
      ],
    ],
    // Swedish
    [
      [
        'Företag',
        'Tjänst',
        'Ort',
        'Ansökt',
        'Sista ansökningsdag',
        'Status',
        'Lön',
        'Länk',
        'Kontaktperson',
        'Anteckningar',
      ],
    ],
    // Spanish, with the names its first tracker did not use
    [
      [
        'Empresa',
        'Puesto',
        'Ciudad',
        'Fecha de solicitud',
        'Fecha límite',
        'Estado',
        'Remuneración',
        'Enlace',
        'Contacto',
        'Observaciones',
      ],
    ],
  ])('maps the common columns of a Dutch, Italian, Portuguese, Polish, Swedish or Spanish tracker: %j', (header) => {
    expect(proposeMapping(header).mapping).toEqual([
      'company',
      'role',
      'locations',
      'appliedAt',
      'deadline',
      'stage',
      'pay',
      'postingUrl',
      'contactName',
      'notes',
    ]);
  });

  it.each([
    ['Einddatum', 'cohortEnd'],
    ['Slutdatum', 'cohortEnd'],
    ['Data inizio', 'cohortStart'],
    ['Data fine', 'cohortEnd'],
    ['Data de início', 'cohortStart'],
    ['Data de término', 'cohortEnd'],
    ['Data rozpoczęcia', 'cohortStart'],
    ['Data zakończenia', 'cohortEnd'],
    ['Rimborso spese', 'pay'],
    ['Stagevergoeding', 'pay'],
    ['Salário', 'pay'],
    ['Sueldo', 'pay'],
  ])("maps '%s' to %s", (name, field) => {
    expect(proposeMapping(['Company', 'Role', name]).mapping[2]).toBe(field);
  });

  // A Google Form's responses sheet names its first column in the form owner's language.
  it.each([
    'Timestamp',
    'Carimbo de data/hora',
    'Marca temporal',
    'Horodateur',
    'Zeitstempel',
    'Informazioni cronologiche',
    'Tijdstempel',
    'Sygnatura czasowa',
    'Tidstämpel',
  ])("maps a Google Form's '%s' to the day the job was saved", (name) => {
    expect(proposeMapping([name, 'Company', 'Role']).mapping[0]).toBe('dateSaved');
  });

  it("reads a Jira custom field by the name inside 'Custom field (…)', whatever field it names", () => {
    const header = [
      'Summary',
      'Status',
      'Custom field (Company)',
      'Custom field (Salary)',
      'Custom field (Applied date)',
      'Custom field (Job URL)',
      'Custom field (Story points)',
    ];
    expect(proposeMapping(header).mapping).toEqual([null, 'stage', 'company', 'pay', 'appliedAt', 'postingUrl', null]);
  });

  it('proposes a field for the first matching column only', () => {
    expect(proposeMapping(['Company', 'Employer', 'Role']).mapping).toEqual(['company', null, 'role']);
  });

  it('compares headers without case, spaces or punctuation', () => {
    expect(headerKey(' Max. Salary ')).toBe('maxsalary');
    expect(headerKey('Café')).toBe('cafe');
  });
});

describe('names matched by what they mean', () => {
  const fieldOf = (name: string) => proposeMapping(['Company', 'Role', name]).mapping[2];

  it.each([
    ['Job Post URL', 'postingUrl'],
    ['jobPostUrl', 'postingUrl'],
    ['Link to the posting', 'postingUrl'],
    ['Careers page link', 'postingUrl'],
    ['Posting (link)', 'postingUrl'],
    ['Date of First Interview', 'interviewDate'],
    ['Date of Interview', 'interviewDate'],
    ['Date of Offer', 'offeredOn'],
    ['Next Deadline', 'deadline'],
    ['Latest status', 'stage'],
  ])("reads '%s' as %s", (name, field) => {
    expect(fieldOf(name)).toBe(field);
  });

  it.each([
    ['Role / Scheme', 'role'],
    ['Scheme/Role', 'role'],
    ['Company/Organisation', 'company'],
    ['Organisation | Employer', 'company'],
    ['Notes / Comments', 'notes'],
    ['Closing date/Deadline', 'deadline'],
    // A status that may say how it ended, as the stage reads it.
    ['Status / Outcome', 'stage'],
    ['Result/Status', 'stage'],
  ])("reads '%s', a name written as alternatives, by the part that names a field", (name, field) => {
    expect(proposeMapping([name]).mapping).toEqual([field]);
  });

  it.each(['Start / End', 'Company / Role', 'Link / Notes', 'Scheme / Track'])(
    "leaves '%s' alone: its parts name two fields, or none",
    (name) => {
      expect(proposeMapping([name]).mapping).toEqual([null]);
    },
  );

  it.each([
    // The tracker's own page for the row, not the job's.
    'Card URL',
    'Notion URL',
    'Airtable record link',
    // Files and links of other things: chosen by hand, as they may or may not be the posting.
    'Attachment Links',
    'Company URL',
    'LinkedIn profile URL',
    // One word each, in whatever case: not "linked in".
    'LinkedIn URL',
    'GitHub link',
    'Glassdoor link',
    'Zoom link',
    'Resume link',
    // A date, not an address.
    'Posting Date',
  ])("leaves '%s' to the student", (name) => {
    expect(fieldOf(name)).toBeNull();
  });
});

describe('Indian English names of the deadline (tester28)', () => {
  it.each([
    'Last date',
    'Last Date',
    'Last date to apply',
    'Last day to apply',
    'Apply by',
    'Apply before',
    'Last date of application',
  ])("reads '%s' as the deadline", (name) => {
    expect(proposeMapping(['Company', 'Role', name]).mapping[2]).toBe('deadline');
  });

  it.each(['Last date to apply', 'Last day to apply', 'Apply by', 'Apply before', 'Last date for application'])(
    "says '%s' names the deadline to apply itself",
    (name) => {
      expect(namesApplicationDeadline(name)).toBe(true);
    },
  );

  it("leaves 'Last date' alone a deadline of any step, as 'Deadline' is, so an offer row's is its answer's", () => {
    expect(namesApplicationDeadline('Last date')).toBe(false);
    expect(namesApplicationDeadline('Deadline')).toBe(false);
  });

  it("keeps 'Last updated' and 'Last date' apart, whatever their order", () => {
    expect(proposeMapping(['Company', 'Last updated', 'Last date']).mapping).toEqual([
      'company',
      'stageSince',
      'deadline',
    ]);
    expect(proposeMapping(['Company', 'Last date', 'Last updated']).mapping).toEqual([
      'company',
      'deadline',
      'stageSince',
    ]);
  });
});

describe('mappingProblems', () => {
  it('is empty for a usable mapping', () => {
    expect(mappingProblems(['Company', 'Role'], ['company', 'role'])).toEqual([]);
  });

  it('asks for a company column', () => {
    expect(mappingProblems(['Title'], ['role'])).toEqual(['Choose the column that holds the company.']);
  });

  it('takes a company column without a role column: each row comes in with its kind of job as the role, to fill in', () => {
    expect(mappingProblems(['Card Name', 'List Name'], ['company', 'stage'])).toEqual([]);
  });

  it('refuses two columns for one field', () => {
    expect(mappingProblems(['Company', 'Role', 'Stage', 'Status'], ['company', 'role', 'stage', 'stage'])).toEqual([
      "Only one column can be Stage: 'Stage' and 'Status' both are.",
    ]);
  });

  it('allows several note columns', () => {
    expect(mappingProblems(['Company', 'Role', 'A', 'B'], ['company', 'role', 'notes', 'notes'])).toEqual([]);
  });
});
