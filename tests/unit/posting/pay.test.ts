import { describe, expect, it } from 'vitest';
import { parsePosting } from '@shared/posting/parsePosting';
import { dollarCurrency, findPay } from '@shared/posting/pay';

function pay(text: string, dollar = 'USD') {
  const found = findPay(text, { dollar, rupee: null }).pay;
  if (!found) return null;
  const { min, max, currency, period } = found.value;
  return { min, max, currency, period };
}

describe('findPay', () => {
  it.each([
    ['The salary for this position is $11,000 monthly.', { min: 11000, max: 11000, currency: 'USD', period: 'month' }],
    ['Pay: $40–$55/hr', { min: 40, max: 55, currency: 'USD', period: 'hour' }],
    // A board's label and value cells copied without a space between them.
    ['Salary$42 – $60 per hour', { min: 42, max: 60, currency: 'USD', period: 'hour' }],
    ['Stipend: $7,000 - $9,000 per month', { min: 7000, max: 9000, currency: 'USD', period: 'month' }],
    ['Compensation: $1,200 per week', { min: 1200, max: 1200, currency: 'USD', period: 'week' }],
    ['Base salary $120K/yr', { min: 120000, max: 120000, currency: 'USD', period: 'year' }],
    // Romania's leu and Hungary's forint, and Hungary's "monthly" before the amount.
    [
      'Interns will receive a monthly internship salary of 2,080 lei gross.',
      { min: 2080, max: 2080, currency: 'RON', period: 'month' },
    ],
    ['Havonta nettó 130 000 forint ösztöndíj jár.', { min: 130000, max: 130000, currency: 'HUF', period: 'month' }],
    ['Az ösztöndíj havi bruttó 250.000 Ft.', { min: 250000, max: 250000, currency: 'HUF', period: 'month' }],
    // A month as the calendar counts it.
    ['Stipend: £1,200 per calendar month', { min: 1200, max: 1200, currency: 'GBP', period: 'month' }],
    [
      'Eine Aufwandsentschädigung von € 450,- brutto pro vollem Kalendermonat.',
      { min: 450, max: 450, currency: 'EUR', period: 'month' },
    ],
    ['Salary range: $120K–$145K per year', { min: 120000, max: 145000, currency: 'USD', period: 'year' }],
    ['Salary: $120-150K a year', { min: 120000, max: 150000, currency: 'USD', period: 'year' }],
    ['$48/hr - $55/hr', { min: 48, max: 55, currency: 'USD', period: 'hour' }],
    ['Pay: $25 an hour', { min: 25, max: 25, currency: 'USD', period: 'hour' }],
    [
      'The annual base salary for this role is $120,000 - $145,000.',
      { min: 120000, max: 145000, currency: 'USD', period: 'year' },
    ],
    [
      'Interns receive a $9,000 stipend for the 10-week program.',
      { min: 9000, max: 9000, currency: 'USD', period: 'total' },
    ],
    ['A total stipend of $6,000.', { min: 6000, max: 6000, currency: 'USD', period: 'total' }],
    // A legal text's number written twice: "three (3) month".
    [
      'Students are paid $5,200 for a four (4) month period.',
      { min: 5200, max: 5200, currency: 'USD', period: 'total' },
    ],
    [
      'Upon completion of the program, every intern receives a $300 stipend.',
      { min: 300, max: 300, currency: 'USD', period: 'total' },
    ],
    // A unit before the amount says what it is paid per; the term after it is how long.
    [
      'Each trainee receives a weekly stipend of $450 for the eight-week programme.',
      { min: 450, max: 450, currency: 'USD', period: 'week' },
    ],
    ['Compensation: $3,000', { min: 3000, max: 3000, currency: 'USD', period: null }],
    ['£2,600 per month, paid monthly', { min: 2600, max: 2600, currency: 'GBP', period: 'month' }],
    ['€2.100 gross per month', { min: 2100, max: 2100, currency: 'EUR', period: 'month' }],
    ['Salary: 2 100 € per month', { min: 2100, max: 2100, currency: 'EUR', period: 'month' }],
    ['Stipend: ₹50,000 per month', { min: 50000, max: 50000, currency: 'INR', period: 'month' }],
    ['Stipend: ₹1,00,000 per month', { min: 100000, max: 100000, currency: 'INR', period: 'month' }],
    ['CTC: ₹6 LPA', { min: 600000, max: 600000, currency: 'INR', period: 'year' }],
    ['Monthly allowance: SGD 1,800 – 2,200', { min: 1800, max: 2200, currency: 'SGD', period: 'month' }],
    ['Salary: CAD $28/hour', { min: 28, max: 28, currency: 'CAD', period: 'hour' }],
    ['Pay: $24.50 CAD per hour', { min: 24.5, max: 24.5, currency: 'CAD', period: 'hour' }],
    ['Pay: C$30/hr', { min: 30, max: 30, currency: 'CAD', period: 'hour' }],
    ['Pay: 40 USD per hour', { min: 40, max: 40, currency: 'USD', period: 'hour' }],
    ["Salary: CHF 2'500 per month", { min: 2500, max: 2500, currency: 'CHF', period: 'month' }],
    ['Hourly rate: $32.50', { min: 32.5, max: 32.5, currency: 'USD', period: 'hour' }],
    ['Wage: 22,50 € per hour', { min: 22.5, max: 22.5, currency: 'EUR', period: 'hour' }],
    ['Sales Intern: $20/hr plus commission', { min: 20, max: 20, currency: 'USD', period: 'hour' }],
  ] as const)('reads "%s"', (text, expected) => {
    expect(pay(text)).toEqual(expected);
  });

  it('keeps the pay as written, and points its evidence at it', () => {
    const text = 'The salary for this position is $11,000 monthly.';
    const found = findPay(text, { dollar: 'USD', rupee: null }).pay!;
    expect(found.value.raw).toBe('$11,000 monthly');
    expect(text.slice(found.ranges[0]!.start, found.ranges[0]!.end)).toBe('$11,000 monthly');
  });

  it.each([
    ['Salary: 2.500 €/Monat', { min: 2500, max: 2500, currency: 'EUR', period: 'month' }],
    ['Gehalt: 2.500–3.000 € pro Monat', { min: 2500, max: 3000, currency: 'EUR', period: 'month' }],
    ['Monthly salary: ¥250,000/月', { min: 250000, max: 250000, currency: 'JPY', period: 'month' }],
    ['月給25万円', { min: 250000, max: 250000, currency: 'JPY', period: 'month' }],
    ['Salary: CHF 3’500 / month', { min: 3500, max: 3500, currency: 'CHF', period: 'month' }],
    ['Rémunération : 1 800 € par mois', { min: 1800, max: 1800, currency: 'EUR', period: 'month' }],
    // The currency's name in the singular, an Italian plural period, a floor abroad.
    ['Vergütung: 1.200 Euro im Monat', { min: 1200, max: 1200, currency: 'EUR', period: 'month' }],
    ['Indennità: 600 euro mensili', { min: 600, max: 600, currency: 'EUR', period: 'month' }],
    [
      'Al tirocinante spettano almeno 600 euro mensili lordi.',
      { min: 600, max: null, currency: 'EUR', period: 'month' },
    ],
    ['Vergütung mindestens 1.200 € pro Monat', { min: 1200, max: null, currency: 'EUR', period: 'month' }],
    // A period written before the amount, in Spanish and German.
    ['Recibirán un auxilio mensual de 900 €.', { min: 900, max: 900, currency: 'EUR', period: 'month' }],
    ['Die monatliche Vergütung beträgt 1.100 €.', { min: 1100, max: 1100, currency: 'EUR', period: 'month' }],
  ] as const)('reads pay written in other languages: "%s"', (text, expected) => {
    expect(pay(text)).toEqual(expected);
  });

  it('says, in a note on the pay, how it read a separator the page does not settle', () => {
    expect(findPay('Stipend: $2.500 per month', { dollar: 'USD', rupee: null }).notes).toEqual([
      "Pay: '.' taken to group thousands, not as a decimal mark ('2.500' read as 2,500).",
    ]);
    expect(findPay('Stipend: €2.500 per month', { dollar: 'USD', rupee: null }).notes).toEqual([]);
  });

  it('reads "2.500" by the other amounts on the page', () => {
    expect(pay('Salary: $2.500 per month. Housing stipend: $1.250,50.')).toMatchObject({ min: 2500 });
    expect(
      findPay('Salary: $2.500 per month. Housing stipend: $1.250,50.', { dollar: 'USD', rupee: null }).notes,
    ).toEqual([]);
  });

  it('writes a bare "$" in the currency the page is in', () => {
    expect(pay('Pay: $28/hr', 'CAD')?.currency).toBe('CAD');
  });

  it.each([
    "We've raised $65 million from Silicon Valley's finest.",
    'Backed by $120M in Series B funding.',
    'Interns receive a $2,000 relocation stipend.',
    'Housing stipend: $1,500/month',
    'Every intern gets a $500 learning budget.',
    'We match your 401(k) up to $3,000 a year.',
    'A $10,000 signing bonus for new graduates.',
    'The library provides a $150 transit subsidy each month.',
    'We ship you a laptop and a $500 home office budget.',
    'Our customers processed $4 billion in payments last year.',
    'Tickets cost $20.',
    // Housing and travel money in other languages.
    'Studenci mogą ubiegać się o dofinansowanie do zakwaterowania w wysokości 1200 PLN/mc.',
    'Für die Unterkunft gibt es einen Zuschuss von 300 € pro Monat.',
    'Une aide au logement de 200 € par mois est prévue.',
    'Ayuda para alojamiento de 400 € al mes.',
  ])('ignores money that is not pay: "%s"', (text) => {
    expect(pay(text)).toBeNull();
  });

  it('tells pay from the perks around it', () => {
    expect(pay('Compensation: $1,200 per week, plus a one-time relocation stipend of $2,500.')).toEqual({
      min: 1200,
      max: 1200,
      currency: 'USD',
      period: 'week',
    });
    expect(pay('USD 7,500 per month, plus corporate housing or a $1,800 monthly housing stipend.')?.min).toBe(7500);
  });

  it('reads "zł." with its abbreviation’s full stop as the złoty, and the unit after it', () => {
    // Opole's page: "1. 13,50 zł. za godzinę".
    expect(pay('W ramach stażu student otrzymuje:\n\n1. 13,50 zł. za godzinę,\n\n2. Koszty materiałów')).toEqual({
      min: 13.5,
      max: 13.5,
      currency: 'PLN',
      period: 'hour',
    });
    expect(pay('Wynagrodzenie: 4 000 zł. brutto miesięcznie.')?.currency).toBe('PLN');
  });

  it('takes an amount in brackets right after other money for that money said again, not for pay', () => {
    // Opole's page: the foreign placement's living and lodging stipend, and its rate per hour in brackets.
    const text =
      'Student otrzymuje 13,50 zł za godzinę. Stypendium na pokrycie kosztów utrzymania i zakwaterowania w wysokości 2 430 zł (stawka jednostkowa 20,25 zł za godzinę).';
    expect(pay(text)).toEqual({ min: 13.5, max: 13.5, currency: 'PLN', period: 'hour' });
    expect(pay(text.slice(text.indexOf('Stypendium')))).toBeNull();
    expect(pay('A housing allowance of $3,000 (about $750 per month) is provided.')).toBeNull();
    expect(
      pay('Interns are paid $20 per hour. A housing allowance of $3,000 (about $750 per month) is also provided.'),
    ).toEqual({ min: 20, max: 20, currency: 'USD', period: 'hour' });
    // After pay, an amount in brackets is still read: "$4,000 ($1,000 per month)" states the same pay.
    expect(pay('The stipend is $4,000 ($1,000 per month).')?.min).toBeGreaterThan(0);
  });

  it('reads a Portuguese "bolsa" as the pay and its "auxílio-transporte" as other money', () => {
    expect(pay('Os selecionados recebem bolsa no valor de R$ 607, além de auxílio transporte.')).toEqual({
      min: 607,
      max: 607,
      currency: 'BRL',
      period: null,
    });
    expect(pay('O auxílio-transporte é de R$ 130 por mês.')).toBeNull();
  });

  it('reads Hindi pay: the rupee written out, a month before the amount, an honorarium or stipend after it', () => {
    expect(pay('प्रत्येक प्रशिक्षु को प्रति माह 10,000 रुपए का मानदेय दिया जाएगा।')).toEqual({
      min: 10000,
      max: 10000,
      currency: 'INR',
      period: 'month',
    });
    expect(pay('चयनित उम्मीदवारों को हर महीने 5,000 रुपये की स्टाइपेंड मिलेगी।')).toEqual({
      min: 5000,
      max: 5000,
      currency: 'INR',
      period: 'month',
    });
  });

  it('reads "mensal" (and "mensual", "mensuel", "monatlich") before the amount it labels as monthly', () => {
    const month = (min: number, currency: string) => ({ min, max: min, currency, period: 'month' });
    expect(pay('Bolsa mensal de R$ 1.500')).toEqual(month(1500, 'BRL'));
    expect(pay('Bolsa-auxílio mensal de R$ 2.200,00')).toEqual(month(2200, 'BRL'));
    expect(pay('Oferecemos bolsa-auxílio mensal de R$ 2.200,00.')).toEqual(month(2200, 'BRL'));
    expect(pay('Ayuda económica mensual de 900 €.')).toEqual(month(900, 'EUR'));
    expect(pay('Gratification mensuelle de 600 €.')).toEqual(month(600, 'EUR'));
    expect(pay('Die Vergütung beträgt monatlich 1.200 €.')).toEqual(month(1200, 'EUR'));
  });

  it('keeps no period for a bolsa with no unit, nor from a month said of something else before it', () => {
    const bare = (min: number, currency: string) => ({ min, max: min, currency, period: null });
    expect(pay('Bolsa de R$ 1.500')).toEqual(bare(1500, 'BRL'));
    expect(pay('Carga horária mensal de 120 horas; bolsa de R$ 1.500.')).toEqual(bare(1500, 'BRL'));
    expect(pay('Jornada mensual de 120 horas; auxilio de 900 €.')).toEqual(bare(900, 'EUR'));
    expect(pay('Weekly schedule of 40 hours, stipend $900.')).toEqual(bare(900, 'USD'));
  });

  it('keeps a period word for its amount across commas, a semicolon or a year between them', () => {
    const rate = (min: number, period: string) => ({ min, max: min, currency: 'USD', period });
    expect(pay('Monthly stipend, before tax: $3,000.')).toEqual(rate(3000, 'month'));
    expect(pay('Monthly stipend for 2027: $3,000.')).toEqual(rate(3000, 'month'));
    expect(pay('The monthly stipend, paid at the end of each month, is $2,500.')).toEqual(rate(2500, 'month'));
    expect(pay('Interns receive a monthly stipend; it is $2,500.')).toEqual(rate(2500, 'month'));
    expect(pay('Weekly pay, depending on experience: $900')).toEqual(rate(900, 'week'));
  });

  it('keeps a period word named with its pay word across the length of the stay', () => {
    const rate = (min: number, currency: string, period: string | null) => ({ min, max: min, currency, period });
    expect(pay('Monthly stipend for 3 months: $3,000')).toEqual(rate(3000, 'USD', 'month'));
    expect(pay('Weekly allowance for the 10 weeks: £300')).toEqual(rate(300, 'GBP', 'week'));
    expect(pay('Bolsa mensal durante 6 meses: R$ 1.500')).toEqual(rate(1500, 'BRL', 'month'));
    expect(pay('Weekly allowance: £300')).toEqual(rate(300, 'GBP', 'week'));
    // No period word: the sum is for the whole stay.
    expect(pay('Stipend: $3,000 for 3 months')).toEqual(rate(3000, 'USD', 'total'));
    expect(pay('We pay $3,000 for 3 months.')).toEqual(rate(3000, 'USD', 'total'));
  });

  it('reads a sum or a cap after the length of the stay as the whole stay’s, a period word or not', () => {
    const total = (min: number | null, max: number, currency = 'USD') => ({ min, max, currency, period: 'total' });
    expect(pay('Monthly stipend for 3 months totalling $9,000')).toEqual(total(9000, 9000));
    expect(pay('Monthly stipend for 3 months amounting to $9,000')).toEqual(total(9000, 9000));
    expect(pay('Stipend for 3 months, in total $9,000')).toEqual(total(9000, 9000));
    expect(pay('Bolsa mensal durante 6 meses, no total R$ 9.000')).toEqual(total(9000, 9000, 'BRL'));
    expect(pay('Monatliche Vergütung für 3 Monate, insgesamt 3.600 €')).toEqual(total(3600, 3600, 'EUR'));
    // "up to" after the length caps the stay's sum, not a week's.
    expect(pay('Weekly stipend for 10 weeks, up to $5,000')).toEqual(total(null, 5000));
  });

  it('keeps a period word with a pay word only when the pay word is the noun it names', () => {
    // The period word measures the hours or the meetings, not the pay.
    expect(pay('Weekly paid hours: 20 hours, $600')?.period).toBeNull();
    expect(pay('Salary weekly hours: 20 hours, $1,000')?.period).toBeNull();
    expect(pay('Paid monthly meetings of 2 hours; stipend $800')?.period).toBeNull();
  });

  it('reads "de R$ 203 a R$ 520" as a range, but not a rate and the hours after it', () => {
    expect(pay('O valor da bolsa-auxílio vai de R$ 203 a R$ 520.')).toEqual({
      min: 203,
      max: 520,
      currency: 'BRL',
      period: null,
    });
    expect(pay('The stipend is $15 a 40-hour week.')?.max).toBe(15);
  });

  it('reads pay named after other money in the same words, but not a kind of other money', () => {
    expect(pay('Successful applicants have a scholarship of a tax-free stipend of up to $500 per week.')).toEqual({
      min: null,
      max: 500,
      currency: 'USD',
      period: 'week',
    });
    expect(pay('Students who receive funding will be compensated at $585 per week.')?.min).toBe(585);
    expect(pay('Interns are offered a travel and housing stipend of $2,000.')).toBeNull();
    expect(pay('A grant of €1,000 towards the travel expenses.')).toBeNull();
  });

  it('reads a scholarship or grant paid by the hour, week or month as the pay, and one without such a unit as other money', () => {
    expect(pay('Each student receives a Vacation Research Scholarship of $450 per week.')).toEqual({
      min: 450,
      max: 450,
      currency: 'USD',
      period: 'week',
    });
    expect(
      pay('Trainees receive a grant of €1,000 per month in addition to reimbursement of travel expenses.'),
    ).toEqual({
      min: 1000,
      max: 1000,
      currency: 'EUR',
      period: 'month',
    });
    expect(pay('The winner receives a $5,000 scholarship towards tuition.')).toBeNull();
    expect(pay('A scholarship of $20,000 per year is available for study.')).toBeNull();
  });

  it('reads an amount under a pay heading', () => {
    expect(pay('Stipend\n₹50,000 per month. High performers receive a pre-placement offer (CTC ₹18 LPA).')).toEqual({
      min: 50000,
      max: 50000,
      currency: 'INR',
      period: 'month',
    });
  });

  it('reads rates by level over two sentences, or with no unit, as a range', () => {
    expect(
      pay(
        'Our high school internship will pay $400 for the summer. Our college internship will pay $900 for the summer.',
      ),
    ).toEqual({ min: 400, max: 900, currency: 'USD', period: 'total' });
    expect(pay('Stipends: undergraduates will receive $2,500 and graduate students will receive $3,200.')).toEqual({
      min: 2500,
      max: 3200,
      currency: 'USD',
      period: null,
    });
    // Two amounts with no unit in a sentence that speaks of no level stay one pay.
    expect(pay('The stipend is $2,500. A further $300 is paid for books.')).toMatchObject({ min: 2500, max: 2500 });
  });

  it('prefers a stated pay with its unit to a bare figure in the header', () => {
    expect(pay('$120K - $145K (Employer est.)\n\nThe annual base salary is $120,000 - $145,000.')?.period).toBe('year');
  });

  it('reads a unit written once after two alternative rates as both rates’ unit', () => {
    expect(
      pay('Participants are paid either $10 or $12 an hour, depending on whether they have completed high school.'),
    ).toEqual({ min: 10, max: 12, currency: 'USD', period: 'hour' });
  });

  it('reads two rates by level, or a rate that rises, in one sentence as a range', () => {
    expect(
      pay('The intern pay rate is $14 per hour for undergraduate students and $16 per hour for graduate students.'),
    ).toEqual({ min: 14, max: 16, currency: 'USD', period: 'hour' });
    expect(
      pay('Interns are paid $16.10 per hour until July 1, when the rate will increase to $17.00 per hour.'),
    ).toEqual({ min: 16.1, max: 17, currency: 'USD', period: 'hour' });
    // Two amounts in a sentence that speaks of no level or raise stay one pay.
    expect(pay('Stipend: $500 per week, and $100 per week for meals.')).toEqual({
      min: 500,
      max: 500,
      currency: 'USD',
      period: 'week',
    });
  });

  it('reads the rates of a copied table’s cells, one per line, as a range', () => {
    expect(pay('Pay per hour\n$13.00 p/hr.\n$15.00 p/hr.\nInternship Period')).toEqual({
      min: 13,
      max: 15,
      currency: 'USD',
      period: 'hour',
    });
  });

  it('reads a week’s pay "for a 40-hour week", a total "for a full 16-week period", and a salary’s year by its size', () => {
    expect(pay('Interns will be paid approximately $523 for a 40-hour week.')?.period).toBe('week');
    expect(pay('These awards have a value of $4,500 for a full 16-week period.')?.period).toBe('total');
    expect(pay('Starting salary $79,176 plus super.')?.period).toBe('year');
    expect(pay('Starting salary $1,500.')?.period).toBeNull();
  });

  it('notes other pay the page mentions', () => {
    expect(
      findPay('Pay: $45/hr for the front desk. Pay: $55/hr for the lab.', { dollar: 'USD', rupee: null }).notes,
    ).toEqual(['The page also mentions pay "$55/hr".']);
  });
});

describe('each pay note said once', () => {
  const notes = (text: string) => findPay(text, { dollar: 'USD', rupee: null }).notes;

  it.each([
    ['Salary: kr 20 000 – kr 25 000 per month', ["Pay: 'kr' read as SEK (it is also the sign of NOK and DKK)."]],
    [
      'Salary: kr 20.000 – kr 25.000 per month',
      [
        "Pay: 'kr' read as SEK (it is also the sign of NOK and DKK).",
        "Pay: '.' taken to group thousands, not as a decimal mark ('20.000' read as 20,000).",
      ],
    ],
    [
      'Stipend: $2.500 - $3.000 per month',
      ["Pay: '.' taken to group thousands, not as a decimal mark ('2.500' read as 2,500)."],
    ],
  ])('says a reading both ends of a range share once: "%s"', (text, expected) => {
    expect(notes(text)).toEqual(expected);
  });

  it('names other pay the page mentions once, however often it repeats it', () => {
    expect(notes('Salary: kr 20 000 per month. Pay: kr 21 000. Stipend: kr 21 000.')).toEqual([
      "Pay: 'kr' read as SEK (it is also the sign of NOK and DKK).",
      'The page also mentions pay "kr 21 000".',
    ]);
    expect(notes('Pay: $4,000\nThe stipend is $4,000 for the whole summer. Interns earn $4,000.')).toEqual([
      'The page also mentions pay "$4,000".',
    ]);
  });

  it('still names two different other amounts', () => {
    expect(notes('Salary: $3,000 per month. Stipend: $2,000. Pay: $2,500.')).toEqual([
      'The page also mentions pay "$2,000".',
      'The page also mentions pay "$2,500".',
    ]);
  });
});

describe('dollarCurrency', () => {
  it('is the peso of a peso country the page names, which writes it "$"', () => {
    expect(dollarCurrency('Los estudiantes colombianos recibirán el auxilio en Colombia.', new Set())).toBe('COP');
    expect(dollarCurrency('Pasantías en Argentina.', new Set())).toBe('ARS');
    // New Mexico is no peso country.
    expect(dollarCurrency('Interns in Albuquerque, New Mexico earn $12 an hour.', new Set())).toBe('USD');
  });

  it('is the dollar code the page names, when it names one', () => {
    expect(dollarCurrency('All amounts in CAD.', new Set(['US']))).toBe('CAD');
  });

  it('is the dollar of the country all the places are in', () => {
    expect(dollarCurrency('', new Set(['CA']))).toBe('CAD');
    expect(dollarCurrency('', new Set(['AU']))).toBe('AUD');
    expect(dollarCurrency('', new Set(['SG', 'GB']))).toBe('SGD');
  });

  it('is the one country’s dollar the page writes as a sign, when no place settles it', () => {
    const page = 'Hourly rate $7.00 – $8.50 for our interns. Compare: S$450 to S$800 a month at a diploma level.';
    expect(dollarCurrency(page, new Set())).toBe('SGD');
    expect(parsePosting(page).pay).toMatchObject({ min: 7, max: 8.5, currency: 'SGD', period: 'hour' });
    expect(dollarCurrency('A$30 an hour, or $28 for part-timers.', new Set())).toBe('AUD');
    // Two countries' dollars, or only the US's, settle nothing: the usual reading stands.
    expect(dollarCurrency('S$450 here, A$500 there, $400 elsewhere.', new Set())).toBe('USD');
    expect(dollarCurrency('US$3,000, about $4,100 here.', new Set(['CA']))).toBe('CAD');
  });

  it('is the dollar of the one dollar country the page’s words name, when no place settles it', () => {
    expect(dollarCurrency('Open to Canadian university students.', new Set())).toBe('CAD');
    expect(dollarCurrency('$79,176 plus 15.4% superannuation', new Set())).toBe('AUD');
    expect(dollarCurrency('The NSERC USRA provides a stipend of $4,500.', new Set())).toBe('CAD');
    expect(dollarCurrency('Open to students of The University of Queensland.', new Set())).toBe('AUD');
    expect(dollarCurrency('Open to U.S. and Canadian students.', new Set())).toBe('USD');
    expect(dollarCurrency('Open to Canadian students.', new Set(['US']))).toBe('USD');
  });

  it('is the dollar of the one dollar country its well-known cities are in, even inside a name', () => {
    expect(dollarCurrency('Hourly wage: $22. Students at Toronto Metropolitan University.', new Set())).toBe('CAD');
    expect(dollarCurrency('Offices in Toronto and Sydney.', new Set())).toBe('USD');
  });

  it('is USD otherwise', () => {
    expect(dollarCurrency('', new Set())).toBe('USD');
    expect(dollarCurrency('', new Set(['US', 'CA']))).toBe('USD');
    expect(dollarCurrency('USD or CAD', new Set(['CA']))).toBe('CAD');
  });

  it('reads "Rs" as the rupee of the one country the page names, and as a guess where it names none', () => {
    const lahore = parsePosting(
      'LAHORE: The Punjab Transport Company offers paid internships with a Rs 50,000 stipend.',
    );
    expect(lahore.pay).toMatchObject({ min: 50_000, currency: 'PKR' });
    expect(lahore.notes.join(' ')).not.toContain("'Rs'");
    const pune = parsePosting('Interns in Pune receive a stipend of Rs. 15,000 per month.');
    expect(pune.pay).toMatchObject({ min: 15_000, currency: 'INR', period: 'month' });
    expect(pune.notes.join(' ')).not.toContain("'Rs'");
    const unsaid = parsePosting('Interns receive a stipend of Rs. 15,000 per month.');
    expect(unsaid.pay).toMatchObject({ currency: 'INR' });
    expect(unsaid.notes).toContain("Pay: 'Rs' read as INR (it is also the sign of PKR, LKR and NPR).");
    expect(parsePosting('Stipend: KES 20,000 per month.').pay).toMatchObject({ min: 20_000, currency: 'KES' });
  });

  it('takes no pay per a period the app has no unit for ("biweekly")', () => {
    expect(pay('Compensation: $250-500 biweekly (dependent on hours)')).toBeNull();
  });

  it('reads a bare "$" as Canadian on a page that names a province', () => {
    expect(dollarCurrency('The award is held at a New Brunswick institution.', new Set())).toBe('CAD');
    expect(dollarCurrency('Rutgers is in New Brunswick, NJ.', new Set())).toBe('USD');
  });

  it('reads a stipend paid on completion of the internship as a total', () => {
    expect(pay('Yes, you will receive a stipend of $2,000 on the successful completion of the internship.')).toEqual({
      min: 2000,
      max: 2000,
      currency: 'USD',
      period: 'total',
    });
  });

  it('reads a one-time stipend, a summer stipend and one paid out over the weeks as a total', () => {
    const total = (min: number | null, max: number) => ({ min, max, currency: 'USD', period: 'total' });
    expect(pay('A one-time $750 stipend is given to every intern at the end of the term.')).toEqual(total(750, 750));
    expect(pay('Fellows hold paid posts (up to $4,800 summer stipends) with partner parks.')).toEqual(
      total(null, 4800),
    );
    expect(pay('The stipend is $5,500 given in installments throughout the 10 weeks.')).toEqual(total(5500, 5500));
    expect(pay('The intern will receive a stipend of up to $800 upon completion of about 60 hours.')).toEqual(
      total(null, 800),
    );
    // A cost paid once is no pay: "one-time" makes a total only right before the amount.
    expect(pay('Students should budget for:\n  • One-time “Semesterticket” (approx. €250)\n  • Visa costs')).toBeNull();
    // A unit still wins: "$20 per hour over the summer" is hourly.
    expect(pay('Interns are paid $20 per hour over the summer.')).toMatchObject({ period: 'hour' });
  });

  it('reads an amount named by its own pay word after words of other money before it', () => {
    expect(pay('The funding consists of a $3,000 stipend and free housing during a 10-week program.')).toEqual({
      min: 3000,
      max: 3000,
      currency: 'USD',
      period: null,
    });
    expect(pay('Full funding for a student requires $5,400.00 salary and about $432 fringe benefits.')).toMatchObject({
      min: 5400,
    });
    // Without a pay word of its own, funding stays other money.
    expect(pay('The project received funding of $250,000 from the state.')).toBeNull();
  });

  it('reads the value of a bursary, studentship or award the student holds for the work', () => {
    const eur = (min: number) => ({ min, max: min, currency: 'EUR', period: null });
    expect(pay('Each bursary has a value of €500.')).toEqual(eur(500));
    expect(pay('Each intern will receive a bursary of €600.')).toEqual(eur(600));
    expect(pay('The award carries a value of €4,800 each.')).toEqual(eur(4800));
    // A scholarship may be towards tuition: its value alone stays other money.
    expect(pay('Eight scholarships are available valued at €2,500 each.')).toBeNull();
  });

  it('reads a stipend whose sentence ties it to the whole term as a total', () => {
    const total = (min: number) => ({ min, max: min, currency: 'USD', period: 'total' });
    expect(pay('Students will receive a stipend of $3,346 and free housing in apartments for the semester.')).toEqual(
      total(3346),
    );
    expect(pay('Students in the program will earn a $2,800 stipend for their participation in the program.')).toEqual(
      total(2800),
    );
    expect(
      pay('Fellows receive a base stipend of $15,000 paid in regular disbursements throughout the summer.'),
    ).toEqual(total(15000));
    // A unit wins, and a sentence about something else gives no total.
    expect(pay('Interns earn $20 per hour for the summer.')).toMatchObject({ period: 'hour' });
    expect(pay('Interns receive a $4,000 stipend. Housing is provided for the summer.')).toMatchObject({
      period: null,
    });
  });

  it('reads a stipend whose sentence ties it to a stated length as a total', () => {
    const total = (min: number) => ({ min, max: min, currency: 'USD', period: 'total' });
    expect(pay('Each apprentice is awarded a stipend of $3,200 for 6-8 full-time weeks of studio work.')).toEqual(
      total(3200),
    );
    expect(pay('The stipend for the four months is $9,500, paid in two instalments.')).toEqual(total(9500));
    // A unit still wins, and a length in another sentence ties nothing.
    expect(pay('Apprentices earn $600 a week for ten weeks.')).toMatchObject({ period: 'week' });
    expect(pay('Apprentices receive a $3,200 stipend. The studio runs for eight weeks.')).toMatchObject({
      period: null,
    });
  });

  it('takes the period the page gave the same pay a sentence before ("the allowance ...")', () => {
    expect(
      pay(
        'Interns receive a Monthly Subsistence Allowance. The allowance for internships in Geneva ranges from 500 to 1500 CHF.',
      ),
    ).toEqual({ min: 500, max: 1500, currency: 'CHF', period: 'month' });
    expect(
      pay(
        'Interns earn a monthly salary by level. For a Bachelor’s Degree, the salary is €6,758. With a Master’s, €7,478.',
      ),
    ).toMatchObject({ min: 6758, max: 7478, period: 'month' });
    // Another kind of pay named before, or none named again with "the", gives no period.
    expect(pay('We pay a monthly travel allowance. The stipend is €3,000.')).toMatchObject({ period: null });
  });

  it('reads funding paid by the week or month as pay', () => {
    expect(pay('Funding of £150 a week, to cover living costs, is on offer for up to eight weeks.', 'GBP')).toEqual({
      min: 150,
      max: 150,
      currency: 'GBP',
      period: 'week',
    });
  });

  it('reads a period written after a dash, and a "stipend total" as a total', () => {
    expect(pay('Compensation amounts:\n- $260 - weekly living allowance\n- $950 - monthly housing allowance')).toEqual({
      min: 260,
      max: 260,
      currency: 'USD',
      period: 'week',
    });
    expect(pay('Hourly Rate\n$250 per 40 hours. $4,000 stipend total.')).toMatchObject({ min: 4000, period: 'total' });
    // A dash before a second amount is a range, not a period.
    expect(pay('Stipend: $3,000 - $4,000 for the summer.')).toMatchObject({ min: 3000, max: 4000 });
    // A stipend with no word of its term stays without a period.
    expect(pay('Interns receive a $4,000 stipend.')).toMatchObject({ min: 4000, period: null });
  });

  it('reads an hourly rate written "/ hourly"', () => {
    expect(pay('Compensation: $21.50/ hourly')).toEqual({ min: 21.5, max: 21.5, currency: 'USD', period: 'hour' });
  });

  it('reads a minimum stipend as a floor and a stipend "to undertake the 10-week project" as a total', () => {
    expect(pay('Each scholarship includes a minimum tax-free stipend of $6,000.')).toMatchObject({
      min: 6000,
      max: null,
    });
    expect(
      pay('The scholarships provide a tax-free stipend of $6,750 to undertake the 10-week project.'),
    ).toMatchObject({
      period: 'total',
    });
  });

  it('reads a bare "$" as the dollar of the country the page names most', () => {
    const text = 'University of Auckland, New Zealand. Open to citizens of New Zealand or Australia. Auckland campus.';
    expect(dollarCurrency(text, new Set())).toBe('NZD');
    expect(dollarCurrency('Open to American and Canadian citizens.', new Set())).toBe('USD');
  });
});

describe('a range whose two ends each carry the unit', () => {
  it('reads "range from $2400 per month to $4000 per month" as the range, not its lower end', () => {
    expect(pay('Co-op salaries range from $2400 per month to $4000 per month.')).toEqual({
      min: 2400,
      max: 4000,
      currency: 'USD',
      period: 'month',
    });
    expect(pay('Pay is $20 an hour to $24 an hour, by year of study.')).toEqual({
      min: 20,
      max: 24,
      currency: 'USD',
      period: 'hour',
    });
  });

  it('joins the unit only to an amount written as money: "$50 an hour to 40 hours" is one rate', () => {
    expect(pay('Pay: $50 an hour to 40 hours a week.')).toEqual({ min: 50, max: 50, currency: 'USD', period: 'hour' });
  });
});

it('reads the Macanese pataca by its code ("a subsidy of MOP8,000 per month")', () => {
  expect(pay('Interns will get a subsidy of MOP8,000 per month or MOP50 per hour.')).toEqual({
    min: 8000,
    max: 8000,
    currency: 'MOP',
    period: 'month',
  });
});

it('takes money "to cover" costs for no pay, unless the costs are the intern\'s living', () => {
  expect(
    pay('Businesses receive a grant to cover the hourly rate and $1,000 to cover the cost of payroll expenses.'),
  ).toBe(null);
  expect(pay('Participants receive $4,000 per student to cover stipend and other expenses.')).toBe(null);
  expect(pay('Students will receive a sum of £330 per week to cover living expenses.')).toEqual({
    min: 330,
    max: 330,
    currency: 'GBP',
    period: 'week',
  });
});

describe('letters a country writes before an amount', () => {
  it('reads "R" as rand, "Sh" as Kenyan shillings and "N" as naira where the page is set in that country', () => {
    expect(pay('Location: Johannesburg, Gauteng\nStipend: R10 109.86 per month')).toEqual({
      min: 10109.86,
      max: 10109.86,
      currency: 'ZAR',
      period: 'month',
    });
    expect(pay('Nakuru County interns will get a Sh15,000 monthly stipend.')).toEqual({
      min: 15000,
      max: 15000,
      currency: 'KES',
      period: 'month',
    });
    expect(pay('The Lagos state government will pay a monthly stipend of N40,000.')).toEqual({
      min: 40000,
      max: 40000,
      currency: 'NGN',
      period: 'month',
    });
  });

  it('reads no such letters on a page set elsewhere, nor on a page that slips its separators', () => {
    expect(pay('Room R2 01. Stipend: R500 per month.')).toBe(null);
    expect(
      pay('Nyeri degree holders receive Kes12, 000 monthly stipends, diploma holders get Kes11 000 monthly.'),
    ).toBe(null);
  });

  it('keeps "R$" Brazilian', () => {
    expect(pay('Bolsa: R$ 2.000 por mês, São Paulo, South Africa office')?.currency).toBe('BRL');
  });
});

it('reads a floor written after the amount: "R4 611.07 per month (minimum)"', () => {
  expect(pay('Pretoria. Stipend: R4 611.07 per month (minimum)')).toEqual({
    min: 4611.07,
    max: null,
    currency: 'ZAR',
    period: 'month',
  });
});

it('takes the pay a field states over the same pay rounded in a headline', () => {
  expect(
    pay('R10,000 Monthly! City of Joburg Is Hiring Interns\n\n  • Stipend: R10,109.86 per month (basic salary only)'),
  ).toEqual({ min: 10109.86, max: 10109.86, currency: 'ZAR', period: 'month' });
});

it('takes no pay per day, a unit the app cannot hold, written before or after the amount', () => {
  expect(pay('Interns will be paid Rs 500 per day during the festive season.')).toBe(null);
  expect(pay('The daily rate of pay is $80; room is provided.')).toBe(null);
  expect(pay('Interns receive a tax-free daily allowance of CHF 93.')).toBe(null);
  expect(pay('Interns are paid $25 per hour, eight hours a day.')).toEqual({
    min: 25,
    max: 25,
    currency: 'USD',
    period: 'hour',
  });
});

describe('money that is not the intern’s pay', () => {
  it.each([
    // A market figure, a cost.
    'Average salary for a data analyst in Leeds: £24,000 per year.',
    'Cost of attendance: $25,000 per year.',
    // What someone else receives.
    'Full-time analysts earn $85,000 per year.',
    'Supervisors hosting a project will receive a $1,200 stipend per student.',
    'Our employees earn $95,000 per year.',
    // Other roles' pay, rent, a past amount.
    'Similar salaries: Junior Analyst $70,000 per year',
    'Salaries for comparable roles range from $40,000 to $55,000 per year.',
    'Rent in the area averages $1,200 per month.',
    'The stipend has previously been $4,000.',
  ])('reads no pay from %j', (text) => {
    expect(pay(text)).toBeNull();
  });

  it('takes the amount, not the same money said again in another unit', () => {
    expect(
      pay('Each scholar receives a stipend of $3,000. This is the equivalent of a $300 per week allowance.'),
    ).toEqual({
      min: 3000,
      max: 3000,
      currency: 'USD',
      period: null,
    });
  });

  it('takes the intern’s pay beside what a host receives', () => {
    expect(
      pay('Host labs receive a $1,000 stipend per placement, up to two placements ($2,000). Interns are paid $4,500.'),
    ).toEqual({ min: 4500, max: 4500, currency: 'USD', period: null });
  });

  it('still reads pay whose words after it name costs', () => {
    expect(pay('Interns receive a stipend of $500 per week to cover living costs.')).toEqual({
      min: 500,
      max: 500,
      currency: 'USD',
      period: 'week',
    });
  });

  it('still reads a typical salary of the role', () => {
    expect(pay('Associate Officer (typical salary £21,000 per annum)')).toEqual({
      min: 21000,
      max: 21000,
      currency: 'GBP',
      period: 'year',
    });
  });
});

describe('an amount of nothing', () => {
  it('is an unpaid role, kept as a pay of 0 as the editor and the CSV import keep it', () => {
    expect(pay('Salary range: $0.00 - $0.00 per year (volunteer position)')).toEqual({
      min: 0,
      max: 0,
      currency: 'USD',
      period: 'year',
    });
    expect(pay('Pay: $0 per hour. This internship is unpaid.')).toEqual({
      min: 0,
      max: 0,
      currency: 'USD',
      period: 'hour',
    });
    // No period is guessed from the size of nothing.
    expect(pay('Salary: $0')).toEqual({ min: 0, max: 0, currency: 'USD', period: null });
  });

  it('does not hide pay that starts from nothing', () => {
    expect(pay('Stipend: $0 - $500 per month, by hours worked')).toEqual({
      min: 0,
      max: 500,
      currency: 'USD',
      period: 'month',
    });
  });
});

describe('a Swiss amount of whole francs written with ".-"', () => {
  it('keeps the unit after it, as "Rs. 15,000/- per month" does', () => {
    expect(pay('The financing offered by Movetia is CHF 440.- per month. All financing is documented.')).toEqual({
      min: 440,
      max: 440,
      currency: 'CHF',
      period: 'month',
    });
    expect(pay('Interns receive CHF 2\u2019100.– per month.')).toEqual({
      min: 2100,
      max: 2100,
      currency: 'CHF',
      period: 'month',
    });
  });
});

describe('the pay as written of a floor or a cap', () => {
  it('keeps the words that bound it, as a CSV cell is kept whole', () => {
    const floor = findPay('Are these paid? Yes. Each internship pays a minimum of $15 per hour.', {
      dollar: 'USD',
      rupee: null,
    }).pay!;
    expect(floor.value).toMatchObject({ min: 15, max: null, raw: 'a minimum of $15 per hour' });
    const cap = findPay('The stipend is up to $500 per week.', { dollar: 'USD', rupee: null }).pay!;
    expect(cap.value).toMatchObject({ min: null, max: 500, raw: 'up to $500 per week' });
    expect(findPay('The stipend is $500 per week.', { dollar: 'USD', rupee: null }).pay!.value.raw).toBe(
      '$500 per week',
    );
  });
});

describe('the pay as written of a period stated before the amount', () => {
  const raw = (text: string) => findPay(text, { dollar: 'USD', rupee: null }).pay!.value.raw;

  it('keeps the period word right before it, where nothing but a label mark stands between', () => {
    expect(raw('給与：時給1,500円')).toBe('時給1,500円');
    expect(raw('Pay: 月給 25万円')).toBe('月給 25万円');
    expect(raw('Compensation: Hourly: $25')).toBe('Hourly: $25');
    expect(raw('The monthly stipend is $2,000.')).toBe('$2,000');
  });

  it('reads a range joined by a wave dash, as Japanese pages write it', () => {
    expect(findPay('給与：時給1,500円〜2,000円', { dollar: 'USD', rupee: null }).pay!.value).toMatchObject({
      min: 1500,
      max: 2000,
      currency: 'JPY',
      period: 'hour',
      raw: '時給1,500円〜2,000円',
    });
    expect(pay('Pay: $20~$25 per hour')).toEqual({ min: 20, max: 25, currency: 'USD', period: 'hour' });
  });
});

describe('an amount that is all its line says', () => {
  it('is the pay: a UK salary line under the title, a range between a job card’s fields', () => {
    expect(
      pay('Project & Programmes Graduate\n£31,000\nLocation\nLondon/ Hybrid\nHybrid working within this role'),
    ).toEqual({ min: 31000, max: 31000, currency: 'GBP', period: null });
    expect(pay('Department\nADM-Accounts Payable\n\n$17.50 – $18.00\n\nJob Description')).toEqual({
      min: 17.5,
      max: 18,
      currency: 'USD',
      period: null,
    });
  });

  it('is the pay with its rise in the second year, which makes a range as a rise during the term does', () => {
    expect(pay('Project & Programmes Graduate\n£31,000, rising to £32,250 in the second year.\nLocation')).toEqual({
      min: 31000,
      max: 32250,
      currency: 'GBP',
      period: null,
    });
  });

  it('is not the pay under a heading naming a cost, nor with other words on its line', () => {
    expect(pay('Student Pass Application Fee (one-time)\n\nS$90 – S$120\n\nAccommodation', 'SGD')).toBeNull();
    expect(pay('Graduate Scheme\n£300 for each community project your team finishes\nLocation')).toBeNull();
    expect(pay('Graduate Scheme\nWe hand out £500 to each team.\nLocation')).toBeNull();
  });

  it('is not the pay on a page that says it is unpaid, nor below a list of costs', () => {
    const title = 'Summer Internship in Madrid\n';
    const prose =
      'Spend ten weeks in Madrid working alongside a local team, with language classes and cultural visits arranged for you.\n';
    for (const opening of [title, prose]) {
      expect(pay(`${opening}This is an unpaid internship.\nProgram deposit\n$500\n`)).toBeNull();
      expect(pay(`${opening}Estimated monthly expenses\nFood\n$300\nFlights\n$1,200\n`)).toBeNull();
      expect(pay(`${opening}What you need to budget for\nFlights\n$1,200\n`)).toBeNull();
    }
  });

  it('is the pay right under a pay label below the page’s prose', () => {
    const prose =
      'We are looking for a finance intern to join our controls office for the winter term, working with the team.\n';
    expect(pay(`${prose}Hours:\n37.5\n\nPay Details:\n$45,700 - $74,400 CAD\n`, 'CAD')).toEqual({
      min: 45700,
      max: 74400,
      currency: 'CAD',
      period: null,
    });
    expect(pay(`${prose}Program deposit\n$500\n`)).toBeNull();
  });
});

describe('an amount read and left out', () => {
  const notes = (text: string) => findPay(text, { dollar: 'USD', rupee: null }).notes;

  it('says what it read and why it left it out, when the page gives no pay', () => {
    expect(notes('Interns also get a travel allowance of €300.')).toEqual([
      'Pay: "€300" is left out: "travel" before it makes it other money.',
    ]);
    expect(notes('The daily rate of pay is $80.')).toEqual([
      'Pay: "$80" is left out: it is paid per a period an application cannot hold (a day, two weeks).',
    ]);
    expect(notes('Hosts receive $1,000 to cover the cost of payroll expenses.')).toEqual([
      'Pay: "$1,000" is left out: it covers costs, not the intern\'s pay.',
    ]);
    expect(notes('Every participant gets 900 Euro.')).toEqual([
      'Pay: "900 Euro" is left out: nothing beside it says it is pay or what it is paid per.',
    ]);
  });

  it('says nothing of it when the page gives its pay', () => {
    expect(notes('A travel allowance of €300. The stipend is €1,200 per month.')).toEqual([]);
  });
});

describe('pay written the German, French and Dutch way', () => {
  it('reads an amount taxed as income ("brutto", "gross") as pay', () => {
    expect(pay('Jede Praktikantin erhält 900 Euro brutto.')).toEqual({
      min: 900,
      max: 900,
      currency: 'EUR',
      period: null,
    });
    expect(pay('Each intern receives €2,000 gross, paid at the end.')).toEqual({
      min: 2000,
      max: 2000,
      currency: 'EUR',
      period: null,
    });
  });

  it('reads an "Aufwandsentschädigung", an "indemnité" and a "stagevergoeding" as pay', () => {
    expect(pay('Es gibt eine Aufwandsentschädigung von 500 Euro.')).toEqual({
      min: 500,
      max: 500,
      currency: 'EUR',
      period: null,
    });
    expect(pay('Une indemnité de 600 euros est versée.')).toEqual({
      min: 600,
      max: 600,
      currency: 'EUR',
      period: null,
    });
    expect(pay('Je ontvangt een stagevergoeding van 400 euro.')).toEqual({
      min: 400,
      max: 400,
      currency: 'EUR',
      period: null,
    });
  });

  it('reads an amount its sentence gives for the internship as a total', () => {
    expect(pay('4000 Euro brutto Aufwandsentschädigung gibt es für ein maximal sechsmonatiges Praktikum.')).toEqual({
      min: 4000,
      max: 4000,
      currency: 'EUR',
      period: 'total',
    });
    expect(pay('Une gratification de 1 800 euros est versée pour toute la durée du stage.')?.period).toBe('total');
    expect(pay('Se otorga una remuneración de 900 euros por toda la pasantía.')?.period).toBe('total');
    expect(pay('De stagevergoeding van 1.500 euro geldt voor de hele stage.')?.period).toBe('total');
  });

  it('keeps a unit written after the amount, and a sentence about another internship, as they are', () => {
    expect(pay('Die Vergütung beträgt 1.200 Euro brutto pro Monat für das Praktikum.')?.period).toBe('month');
    expect(pay('Die Vergütung beträgt 1.200 Euro. Bewerbungen für das Praktikum per E-Mail.')?.period).toBeNull();
  });
});

describe('the hours a week the pay is for', () => {
  const hours = (text: string) => findPay(text, { dollar: 'USD', rupee: null }).pay?.value.hoursPerWeek;

  it.each([
    ['Interns receive €2,000 per month. This is a full-time position (38 h/week).', 38],
    ['Pay: $25/hour, 20 hours per week.', 20],
    ['$15 per hour for 20 hrs/week over the summer.', 20],
    ['The stipend is $1,200 a month for a 20-hour work week.', 20],
    ['Interns will be paid approximately $523 for a 40-hour week.', 40],
    ['Salary: £14.80 per hour\nWorking hours: 37.5 hours per week', 37.5],
    ['A part-time internship (20 hours a week) paying $18 an hour.', 20],
    ['Stipend: $4,500. Fellows work 35 hours of work per week.', 35],
    ['Pay: $20.00 per hour\nHours per week: 28 hours (Monday–Thursday)', 28],
    // The same number said twice is one statement.
    ['$18 per hour. Interns work 35 hours per week. (Interns work 35 hours per week.)', 35],
    ['Vergütung: 1.500 Euro brutto pro Monat. Wochenstunden: 40', 40],
    ['Vergütung: 1.500 Euro brutto pro Monat bei 40 Std./Woche.', 40],
    ['Die Arbeitszeit beträgt 37 Stunden pro Woche, die Vergütung 450 Euro im Monat.', 37],
    ['Vollzeitpraktikum (39 Stunden/Woche), Vergütung 1.200 Euro monatlich.', 39],
    ['Gratification de 600 € par mois pour 35 heures par semaine.', 35],
    ['Temps de travail hebdomadaire : 35h / semaine. Indemnité : 4,35 € / heure.', 35],
    ['Bolsa-auxílio de R$ 1.200 por mês, 30 horas semanais.', 30],
    ['Bolsa-auxílio de R$ 900 mensais para 30 horas por semana.', 30],
    ['Una asignación de 320 euros al mes por 15 horas semanales de dedicación.', 15],
    ['Il tirocinio prevede 30 ore settimanali con un compenso di 600 euro al mese.', 30],
    ['Vergütung: 1.000 Euro im Monat bei 37,5 Stunden pro Woche.', 37.5],
    // Hours of the job away from its pay: under a label of the job's hours, in a parenthesis after
    // its kind, opening a line of their own, or in a sentence about the job or its interns.
    ['Vergütung: 1.200 Euro im Monat.\nWochenarbeitszeit: 40 Stunden', 40],
    ['Bolsa-auxílio: R$ 1.500 por mês.\nJornada: 30 horas semanais.', 30],
    ['Pay: $16 per hour\nWork schedule: Monday - Friday, 40 hours per week', 40],
    ['Pay rate: $16 per hour\nWork schedule:\nMonday - Friday, 40 hours per week', 40],
    ['Stipend: $1,200 a month.\nThis is a part-time internship (20 hours a week).', 20],
    ['Stipend: $4,000.\nWhat to expect\n• 10 hours of work per week from February to April', 10],
    ['Pay: $18 an hour.\nThe internship is 20 hours per week.', 20],
    ['Stipend: $500 a week.\nThe position requires a 40-hour workweek.', 40],
    ['Stipend: CHF 4,000.\nInterns will work a standard 40-hour week.', 40],
    ['Stipend: $3,000. The estimated time commitment is 12 hours per week.', 12],
  ])('reads %j as %d hours a week', (text, expected) => {
    expect(hours(text)).toBe(expected);
  });

  it.each([
    // Hours counted over something other than the working week.
    'Pay: $20 an hour, with up to 10 hours of training before you start.',
    'Stipend: $3,000. We offer 24 hours a day support to our interns.',
    'Salary: $25 per hour. You will hear from us within 48 hours after applying.',
    'Stipend: $4,000 for the summer, about 400 hours total over the course.',
    // A range, a floor or a cap is not one number.
    'Pay: $16 per hour, 20–25 hours per week.',
    'Pay: $16 per hour, working between 19 and 35 hours per week.',
    'Pay: $12.51 per hour for a schedule of up to 29 hours per week.',
    'Pay: $15/hr. Interns must work at least 12 hours per week.',
    'Pay: $20 per hour. Interns working more than 24 hours a week are eligible for benefits.',
    'Pay: $20 per hour. Interns work 40 hours per week or more.',
    'Hours Per Week: 10-20\nPay: $17 per hour',
    'Bolsa de R$ 800 por mês, com jornada de 20 ou 30 horas semanais.',
    'Una dotación de 320 euros al mes; la dedicación no podrá exceder las 10 horas semanales.',
    'Eine Vergütung von 450 Euro im Monat bei bis zu 20 Stunden pro Woche.',
    'Una asignación de 400 euros al mes, con un límite de 38 horas semanales.',
    // Two different numbers: which one the pay is for is the student's to say.
    'Pay: $15 an hour. Minimum 10 hours/week in the fall and 20 hours/week in summer.',
    'Stipend: $5,000. Full-time (30 hours per week in the Summer), or part-time (15 hours per week in the Fall).',
    // A label of full or part time alone gives no number.
    'A full-time internship paying $20 an hour.',
    // Hours of something other than the job's work, or someone else's working hours.
    'Stipend: €1,500 per month.\nYou will have 1 hour per week of one-to-one mentoring.',
    'Pay: €1,500 per month, plus 1 hour per week of mentoring.',
    'Pay: $20 per hour. Includes 2 hours a week of language classes.',
    'Stipend: $3,000. Interns may also give 12 hours per week of volunteering outside the internship.',
    'Gratification : 600 € par mois. Le stage comprend 4 h par semaine de cours de français.',
    'Vergütung: 1.000 Euro im Monat. Dazu kommen 3 Stunden pro Woche Unterricht.',
    'Pay: £12 per hour.\nStudent visa holders may work 20 hours per week during term time.',
    'Pay: $20 per hour. Our full-time staff work 40 hours per week.',
    'Pay: $20 per hour. Interns support our staff, who work 40 hours per week.',
    'Pay: $20 per hour. Students on a visa should check their ability to work 40 hours per week.',
    // A cap written after the number, a range with a slash, hours a weekday, or a second number.
    'Gratification de 600 € par mois pour 20 heures par semaine au maximum.',
    'Vergütung: 450 Euro im Monat bei 20 Stunden pro Woche höchstens.',
    'Una asignación de 400 euros al mes por 20 horas semanales como máximo.',
    'Bolsa de R$ 800 por mês, 20 horas semanais no máximo.',
    'Un compenso di 500 euro al mese per 20 ore settimanali al massimo.',
    'Pay: $18 per hour for 15/20 hours per week.',
    'Pay: €900 per month\nWorking time: 8.30 h per week day',
    'Pay: $18 per hour, 20 hours per week, or 40 in summer.',
  ])('reads no hours a week in %j', (text) => {
    expect(findPay(text, { dollar: 'USD', rupee: null }).pay).not.toBeNull();
    expect(hours(text)).toBeUndefined();
  });

  it('reads no hours a week without a pay, or for an unpaid role', () => {
    expect(findPay('Interns work 35 hours per week.', { dollar: 'USD', rupee: null }).pay).toBeNull();
    expect(parsePosting('Data Intern\nInterns work 35 hours per week.').pay).toBeNull();
    expect(hours('Salary: $0 (unpaid). Interns work 35 hours per week.')).toBeUndefined();
  });

  it('shows where the hours were read as part of the pay', () => {
    const text = 'Interns receive an allowance of 781 Euros per month. This is a full-time position (38 h/week).';
    const draft = parsePosting(text);
    expect(draft.pay).toMatchObject({ min: 781, period: 'month', hoursPerWeek: 38 });
    const ranges = draft.evidence.pay!.map((r) => text.slice(r.start, r.end));
    expect(ranges).toContain('38 h/week');
  });

  it("reads no hours from readers' comments under an article", () => {
    const page = [
      'Le ministère recherche un(e) stagiaire pour préparer le projet de loi. Et quelle rémunération ? 508,20 euros par mois, suite à un changement réglementaire.',
      'Commentaires (163)',
      '#2',
      "Ha non, c'est pour 80 heures par semaine, y a que le parlementaire qui roupille en fait.",
    ].join('\n');
    const draft = parsePosting(page);
    expect(draft.pay).toMatchObject({ min: 508.2, period: 'month' });
    expect(draft.pay?.hoursPerWeek).toBeUndefined();
  });
});
