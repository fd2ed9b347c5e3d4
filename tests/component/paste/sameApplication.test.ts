// "You already track this": same company and role, however they are written.
import { describe, expect, it } from 'vitest';
import { sameApplicationKey } from '@shared/sameApplication';
import { indexApplications, sameApplications } from '../../../renderer/src/features/paste/sameApplication';
import { anApplication } from '../applicationFixture';

describe('sameApplicationKey', () => {
  it('ignores case, accents and spacing', () => {
    expect(sameApplicationKey('  Nestlé ', 'Data   Intern')).toBe(sameApplicationKey('NESTLE', 'data intern'));
  });

  it('keeps company and role apart', () => {
    expect(sameApplicationKey('Acme Data', 'Intern')).not.toBe(sameApplicationKey('Acme', 'Data Intern'));
  });
});

describe('sameApplications', () => {
  const apps = [
    anApplication('a', { company: 'Pinterest', role: 'ML Intern' }),
    anApplication('b', { company: 'Pinterest', role: 'SWE Intern' }),
    anApplication('c', { company: 'pinterest', role: 'ml  intern' }, { archivedAt: '2026-02-01T10:00:00-08:00' }),
  ];
  const index = indexApplications(apps);

  it('finds every application at the company for the role, archived ones included', () => {
    expect(sameApplications(index, 'PINTEREST', 'ML Intern').map((a) => a.id)).toEqual(['a', 'c']);
  });

  it('finds nothing for another role, or before both company and role are known', () => {
    expect(sameApplications(index, 'Pinterest', 'Design Intern')).toEqual([]);
    expect(sameApplications(index, 'Pinterest', ' ')).toEqual([]);
  });
});
