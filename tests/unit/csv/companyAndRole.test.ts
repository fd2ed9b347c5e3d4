import { describe, expect, it } from 'vitest';
import { splitCompanyAndRole } from '@shared/csv/companyAndRole';

describe('splitCompanyAndRole', () => {
  it.each([
    ['Stripe - Software Engineering Intern', 'Stripe', 'Software Engineering Intern'],
    ['Figma – Product Design Intern', 'Figma', 'Product Design Intern'],
    ['Datadog: SWE Intern', 'Datadog', 'SWE Intern'],
    ['Google | STEP Intern', 'Google', 'STEP Intern'],
    ['Jane Street—Trading Intern', 'Jane Street', 'Trading Intern'],
    ['Software Engineer Intern - Meta', 'Meta', 'Software Engineer Intern'],
    ['Software Engineer Intern at Meta', 'Meta', 'Software Engineer Intern'],
    ['SWE Intern @ Ramp', 'Ramp', 'SWE Intern'],
    ['Stripe - Software Engineering Intern - Summer 2026', 'Stripe', 'Software Engineering Intern - Summer 2026'],
    // Neither names a kind of work: the company comes first, as boards write it.
    ['Two Sigma - Quant', 'Two Sigma', 'Quant'],
  ])('reads %j as company %j and role %j', (cell, company, role) => {
    expect(splitCompanyAndRole(cell)).toEqual({ company, role });
  });

  it.each(['Stripe', 'Coca-Cola', 'Procter & Gamble', 'Software Engineering Intern', ' - Intern', 'Stripe: '])(
    'finds one name in %j',
    (cell) => {
      expect(splitCompanyAndRole(cell)).toBeNull();
    },
  );
});
