import { describe, expect, it } from 'vitest';
import { headerKey, mappingProblems, proposeMapping } from '@shared/csv/columnMapping';
import { EXPORT_COLUMNS } from '@shared/csv/exportColumns';

describe('proposeMapping', () => {
  it('recognises our own export and skips its computed columns', () => {
    const { preset, mapping } = proposeMapping(EXPORT_COLUMNS.map((c) => c.header));
    expect(preset).toBe('own-export');
    expect(mapping).toEqual(EXPORT_COLUMNS.map((c) => c.field));
    expect(mapping[EXPORT_COLUMNS.findIndex((c) => c.header === 'Monthly pay')]).toBeNull();
  });

  it("recognises LinkedIn's Job Applications.csv", () => {
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
      mapping: ['appliedAt', 'contactEmail', 'contactPhone', 'company', 'role', 'postingUrl', 'notes', 'notes'],
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
        'status',
        'dateSaved',
        'deadline',
        'appliedAt',
        'followUp',
        'priority',
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
      mapping: ['company', 'role', 'status', 'appliedAt', 'deadline', 'pay', 'locations', 'postingUrl', 'notes', null],
    });
  });

  it('proposes a field for the first matching column only', () => {
    expect(proposeMapping(['Company', 'Employer', 'Role']).mapping).toEqual(['company', null, 'role']);
  });

  it('compares headers without case, spaces or punctuation', () => {
    expect(headerKey(' Max. Salary ')).toBe('maxsalary');
    expect(headerKey('Café')).toBe('cafe');
  });
});

describe('mappingProblems', () => {
  it('is empty for a usable mapping', () => {
    expect(mappingProblems(['Company', 'Role'], ['company', 'role'])).toEqual([]);
  });

  it('asks for company and role columns', () => {
    expect(mappingProblems(['Title'], ['role'])).toEqual(['Choose the column that holds the company.']);
  });

  it('refuses two columns for one field', () => {
    expect(mappingProblems(['Company', 'Role', 'Stage', 'Status'], ['company', 'role', 'status', 'status'])).toEqual([
      "Only one column can be Status: 'Stage' and 'Status' both are.",
    ]);
  });

  it('allows several note columns', () => {
    expect(mappingProblems(['Company', 'Role', 'A', 'B'], ['company', 'role', 'notes', 'notes'])).toEqual([]);
  });
});
