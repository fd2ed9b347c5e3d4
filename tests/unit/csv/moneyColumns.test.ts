// A CSV's money is read by the one money reader: each column in the convention its values show,
// and every guess said once for its column, with the number of rows it was made on.
import { describe, expect, it } from 'vitest';
import { importText } from './importHelpers';

const csv = (header: string, values: string[]) =>
  [`Company,Role,${header}`, ...values.map((v, i) => `Acme ${i},Intern,"${v}"`)].join('\n') + '\n';

async function read(header: string, values: string[]) {
  const preview = await importText(csv(header, values));
  expect(preview.errors).toEqual([]);
  return { pays: preview.rows.map((r) => r.application.pay), notes: preview.notes, warnings: preview.warnings };
}

describe('money in a CSV', () => {
  it('reads euro amounts with dots as thousands, without a word where the euro settles it', async () => {
    const { pays, notes } = await read('Pay', ['€2.500/month', '1.800 €/Monat', "CHF 3'500 / month"]);
    expect(pays.map((p) => [p?.min, p?.currency, p?.period])).toEqual([
      [2500, 'EUR', 'month'],
      [1800, 'EUR', 'month'],
      [3500, 'CHF', 'month'],
    ]);
    expect(notes).toEqual([]);
  });

  it("reads '2.500' by the decimal mark the column's other values show", async () => {
    const { pays } = await read('Pay', ['2.500/month', '1.234,56/month', '3.200/month']);
    expect(pays.map((p) => p?.min)).toEqual([2500, 1234.56, 3200]);
    const decimals = await read('Pay min', ['2,500', '1,5', '22,75']);
    expect(decimals.pays.map((p) => p?.min)).toEqual([2.5, 1.5, 22.75]);
  });

  it('says once per column when it took a dot to group thousands', async () => {
    const { pays, notes } = await read('Pay', ['$2.500/month', '$1.800/month']);
    expect(pays.map((p) => p?.min)).toEqual([2500, 1800]);
    expect(notes).toEqual([
      "'Pay': '.' taken to group thousands, not as a decimal mark ('2.500' read as 2,500) (2 rows).",
      // A "$" alone: Canada, Australia and others write theirs the same way.
      "'Pay': '$' read as USD (it is also the sign of CAD, AUD, NZD, SGD, HKD and MXN) (2 rows).",
    ]);
  });

  it('takes no decimal mark from a summary under the table, which is left out', async () => {
    // The average's "2,150.00" would say the dot is a decimal mark, and make '$2.500' $2.50.
    const text =
      'Company,Role,Status,Pay\n' +
      'Acme,Intern,Applied,$2.500/month\n' +
      'Globex,Intern,Applied,$1.800/month\n' +
      'Average,,,"$2,150.00"\n';
    const preview = await importText(text);
    expect(preview.errors).toEqual([
      'Row 4: looks like a total under the table (a label and only numbers or amounts), not an application',
    ]);
    expect(preview.rows.map((r) => r.application.pay?.min)).toEqual([2500, 1800]);
    expect(preview.notes).toContain(
      "'Pay': '.' taken to group thousands, not as a decimal mark ('2.500' read as 2,500) (2 rows).",
    );
  });

  it('never makes a bare 150 into $150 an hour without saying so', async () => {
    const { pays, notes } = await read('Pay', ['150']);
    expect(pays[0]).toMatchObject({ min: 150, currency: 'USD', period: 'hour', raw: '150' });
    expect(notes).toEqual([
      "'Pay': no currency written; read as USD (1 row).",
      "'Pay': no period written; read as per hour from the size of the amount (1 row).",
    ]);
  });

  it('takes the period a column is headed with where its cells write none', async () => {
    const monthly = await read('Monthly stipend', ['£2,450.00', '£150/week']);
    expect(monthly.pays).toMatchObject([
      { min: 2450, currency: 'GBP', period: 'month', raw: '£2,450.00' },
      // A period the cell writes is the cell's.
      { min: 150, currency: 'GBP', period: 'week' },
    ]);
    expect(monthly.warnings).toEqual([]);
    // 45 would be guessed hourly from its size; the column says so outright.
    const hourly = await read('Hourly wage', ['45']);
    expect(hourly.pays[0]).toMatchObject({ min: 45, period: 'hour' });
    expect(hourly.notes).toEqual(["'Hourly wage': no currency written; read as USD (1 row)."]);
  });

  it('reads a pay column named with its period however the name writes it, and takes that period', async () => {
    for (const [header, period] of [
      ['Pay per month', 'month'],
      ['Salary/hr', 'hour'],
      ['Stipend (€/month)', 'month'],
      ['Hourly salary', 'hour'],
      ['Compensation per week', 'week'],
    ] as const) {
      const { pays, warnings } = await read(header, ['1800']);
      expect(pays[0], header).toMatchObject({ min: 1800, period });
      expect(warnings, header).toEqual([]);
    }
    // A name alone says nothing of a period: the amount is kept without one, and the row says so.
    const plain = await read('Stipend', ['1800']);
    expect(plain.pays[0]).toMatchObject({ min: 1800, period: null });
    expect(plain.warnings).toEqual([
      "Row 2: 'Stipend' does not say per hour, month or year (got '1800'); kept without a period",
    ]);
  });

  it('takes the currency a column is headed with for its amounts that write none', async () => {
    const { pays, notes } = await read('Salary (€)', ['1.800/month', '2500/month', '$3,000/month']);
    expect(pays.map((p) => [p?.min, p?.currency])).toEqual([
      [1800, 'EUR'],
      [2500, 'EUR'],
      [3000, 'USD'],
    ]);
    expect(notes).toEqual([
      "'Salary (€)': '$' read as USD (it is also the sign of CAD, AUD, NZD, SGD, HKD and MXN) (1 row).",
    ]);
    const split = await importText('Company,Role,Pay min [GBP],Pay period\nAcme,Intern,2200,month\n');
    expect(split.rows[0]?.application.pay).toMatchObject({ min: 2200, currency: 'GBP', period: 'month' });
    expect(split.notes).toEqual([]);
    // "kr" is the crown of three countries: taken, and said as the guess it is.
    const crowns = await read('Pay (kr)', ['25000/month']);
    expect(crowns.pays[0]?.currency).toBe('SEK');
    expect(crowns.notes).toContain("'Pay (kr)': no currency written; read as SEK (1 row).");
  });

  it('completes a pay text with the period and currency columns beside it, the text saying more where they differ', async () => {
    const preview = await importText(
      'Company,Role,Salary,Pay period,Currency\n' +
        'Acme,Intern,2500,month,EUR\n' +
        'Beta,Intern,$30/hr,month,USD\n' +
        'Gamma,Intern,2000,month,euros\n',
    );
    expect(preview.errors).toEqual([]);
    expect(preview.rows.map((r) => r.application.pay).map((p) => [p?.min, p?.currency, p?.period])).toEqual([
      [2500, 'EUR', 'month'],
      [30, 'USD', 'hour'],
      [2000, 'USD', 'month'],
    ]);
    expect(preview.warnings).toEqual([
      "Row 3: 'Salary' is per hour, but 'Pay period' says month (got '$30/hr'); read as per hour, as written with the amount",
      "Row 4: 'Currency' is not a currency code like USD (got 'euros'), so it was kept in the notes as 'Currency: …'",
    ]);
    // The one amount of the column that writes a currency writes "$".
    expect(preview.notes).toEqual([
      "'Salary': no currency written; read as USD, the currency most of the column's amounts state (1 row).",
    ]);
    expect(preview.rows[2]!.application.notes).toBe('Currency: euros');
  });

  it("reads a yen salary per month, not per year, saying that ¥ is also the yuan's sign", async () => {
    const { pays, notes } = await read('Pay', ['¥250,000/月']);
    expect(pays[0]).toMatchObject({ min: 250000, currency: 'JPY', period: 'month' });
    expect(notes).toEqual(["'Pay': '¥' read as JPY (it is also the sign of CNY) (1 row)."]);
  });

  it('reads ¥ beside a CNY currency column as yuan, with nothing to report', async () => {
    const preview = await importText(
      'Company,Role,Salary,Currency\nAcme,Intern,¥8000/月,CNY\nBeta,Intern,￥6000/月,CNY\n',
    );
    expect(preview.errors).toEqual([]);
    expect(preview.rows.map((r) => r.application.pay).map((p) => [p?.min, p?.currency, p?.period])).toEqual([
      [8000, 'CNY', 'month'],
      [6000, 'CNY', 'month'],
    ]);
    expect(preview.warnings).toEqual([]);
    expect(preview.notes).toEqual([]);
  });

  it('keeps an offer amount that is not one amount in the notes, naming the column, without leaving the row out', async () => {
    const preview = await importText(csv('Relocation', ['about 2k']), { mapping: ['company', 'role', 'relocation'] });
    expect(preview.errors).toEqual([]);
    expect(preview.warnings).toEqual([
      "Row 2: 'Relocation' is not an amount (got 'about 2k'), so it was kept in the notes as 'Relocation: …'",
    ]);
    expect(preview.rows[0]!.application).toMatchObject({ notes: 'Relocation: about 2k' });
    expect(preview.rows[0]!.application.offer?.relocation).toBeNull();
  });

  it('refuses a negative pay or amount as negative, not as the same pay without its minus', async () => {
    const pay = await importText(csv('Pay', ['-$20/hour']), { mapping: ['company', 'role', 'pay'] });
    expect(pay.errors).toEqual(["Row 2: 'Pay' is negative (got '-$20/hour')"]);
    const relocation = await importText(csv('Relocation', ['-2000']), { mapping: ['company', 'role', 'relocation'] });
    expect(relocation.errors).toEqual(["Row 2: 'Relocation' is negative (got '-2000')"]);
  });

  it('takes the currency Min./Max. Salary cells write, and says when no period is given', async () => {
    const preview = await importText(
      'Job Position,Company,Status,Min. Salary,Max. Salary\n' +
        'PE Intern,Meta,Applied,$48,$52\n' +
        'SWE Intern,Microsoft,Applied,,"€8,000"\n' +
        'Data Intern,Ramp,Applied,40,45\n',
    );
    expect(preview.rows.map((r) => r.application.pay).map((p) => [p?.min, p?.max, p?.currency, p?.period])).toEqual([
      [48, 52, 'USD', null],
      [null, 8000, 'EUR', null],
      [40, 45, 'USD', null],
    ]);
    // Only Ramp's row writes no currency; every row is said to have no period.
    expect(preview.notes).toEqual([
      "'Status': the stage was reached on a day the file does not give, so it is shown as 'date not recorded' (3 rows).",
      "'Min. Salary': '$' read as USD (it is also the sign of CAD, AUD, NZD, SGD, HKD and MXN) (1 row).",
      "'Min. Salary': no currency written; read as USD, the currency most of the column's amounts state (1 row).",
      "'Max. Salary': '$' read as USD (it is also the sign of CAD, AUD, NZD, SGD, HKD and MXN) (1 row).",
    ]);
    expect(preview.warnings).toEqual([
      "Row 2: 'Min. Salary' does not say per hour, month or year; kept without a period",
      "Row 3: 'Max. Salary' does not say per hour, month or year; kept without a period",
      "Row 4: 'Min. Salary' does not say per hour, month or year; kept without a period",
    ]);
    const hourly = await importText('Company,Role,Min pay (hourly),Max pay (hourly)\nAcme,Intern,$30,$35\n');
    expect(hourly.rows[0]!.application.pay).toMatchObject({ min: 30, max: 35, period: 'hour' });
    expect(hourly.warnings).toEqual([]);
  });

  it("reads a bare '$' in Min./Max. Salary as the region's dollar, as a pay cell reads it", async () => {
    const text =
      'Job Position,Company,Status,Min. Salary,Max. Salary\nPE Intern,Shopify,Applied,$48/hr,$52/hr\nData Intern,Cohere,Applied,40/hr,45/hr\n';
    const canadian = await importText(text, { regionCurrency: 'CAD' });
    expect(canadian.rows.map((r) => r.application.pay?.currency)).toEqual(['CAD', 'CAD']);
    expect(canadian.notes).toEqual([
      "'Status': the stage was reached on a day the file does not give, so it is shown as 'date not recorded' (2 rows).",
      "'Min. Salary': '$' read as CAD (it is also the sign of USD, AUD, NZD, SGD, HKD and MXN) (1 row).",
      "'Min. Salary': no currency written; read as CAD, the currency most of the column's amounts state (1 row).",
      "'Max. Salary': '$' read as CAD (it is also the sign of USD, AUD, NZD, SGD, HKD and MXN) (1 row).",
    ]);
    // Where the region's currency is no dollar, a "$" is still the US dollar.
    const german = await importText(text, { regionCurrency: 'EUR' });
    expect(german.rows.map((r) => r.application.pay?.currency)).toEqual(['USD', 'USD']);
    // A currency column says which dollar, without a word.
    const column = await importText(
      'Company,Role,Min. Salary,Max. Salary,Currency\nShopify,Intern,$45/hr,$50/hr,AUD\n',
      {
        regionCurrency: 'CAD',
      },
    );
    expect(column.rows[0]!.application.pay).toMatchObject({ min: 45, max: 50, currency: 'AUD', period: 'hour' });
    expect(column.notes).toEqual([]);
  });

  it("reads 'kr' as the crown of the row's place, and Nordic period words", async () => {
    const preview = await importText(
      'Company,Role,Location,Pay\n' +
        'Ørsted,Intern,København,kr 25.000 om måneden\n' +
        'Equinor,Intern,"Oslo, Norway",25 000 kr i måneden\n' +
        'Spotify,Intern,Stockholm,180 kr i timmen\n',
    );
    expect(preview.errors).toEqual([]);
    expect(preview.rows.map(({ application: { pay } }) => [pay?.min, pay?.currency, pay?.period])).toEqual([
      [25000, 'DKK', 'month'],
      [25000, 'NOK', 'month'],
      [180, 'SEK', 'hour'],
    ]);
    expect(preview.notes).toEqual([]);
    expect(preview.warnings).toEqual([]);
  });

  it("keeps reading 'kr' as SEK, and says so, where the place does not settle it", async () => {
    const preview = await importText('Company,Role,Location,Pay\nKlarna,Intern,Stockholm or Oslo,25 000 kr/mån\n');
    expect(preview.rows[0]!.application.pay?.currency).toBe('SEK');
    expect(preview.notes).toEqual(["'Pay': 'kr' read as SEK (it is also the sign of NOK and DKK) (1 row)."]);
  });
});

describe("a pay whose currency sign Excel's CSV could not save", () => {
  it("is no pay in a guessed currency: '?1,00,000' is kept in the notes, with the reason", async () => {
    // An Indian sheet saved as "CSV (Comma delimited)" on an English Windows: '₹' became '?'.
    const preview = await importText(
      'Company,Role,Stipend,Pay min\n' +
        'Flipkart,SDE Intern,"?1,00,000 per month",\n' +
        'Zomato,Product Intern,,?50000\n' +
        'Stripe,SWE Intern,$55/hr,\n',
    );
    const [flipkart, zomato, stripe] = preview.rows.map((row) => row.application);
    expect([flipkart!.pay, zomato!.pay]).toEqual([null, null]);
    expect(flipkart!.notes).toContain('Stipend: ?1,00,000 per month');
    expect(zomato!.notes).toContain('Pay min: ?50000');
    expect(stripe!.pay).toMatchObject({ min: 55, currency: 'USD', period: 'hour' });
    expect(preview.warnings).toContain(
      "Row 2: 'Stipend' has '?' where its currency sign was, so its currency is unknown (got '?1,00,000 per month'), so it was kept in the notes as 'Stipend: …'",
    );
  });
});

/** Rows of a German sheet, separated by semicolons: the pay of each as written. */
const germanSheet = (pays: string[]) =>
  ['Firma;Position;Gehalt', ...pays.map((pay, i) => `Firma ${i};Praktikum;${pay}`)].join('\n') + '\n';

describe('an amount that writes no currency', () => {
  it("is in the currency most of its column's amounts state, whatever the region, and said so", async () => {
    // tester27: "2.500" among 25 amounts in € or CHF was read as USD for a student in Germany.
    const text = germanSheet(['1.800 €', "CHF 3'000", '€ 2.000', '1.650,00 €', '2.500']);
    for (const regionCurrency of [undefined, 'EUR', 'GBP']) {
      const preview = await importText(text, { regionCurrency });
      expect(preview.rows.map((r) => [r.application.pay?.min, r.application.pay?.currency])).toEqual([
        [1800, 'EUR'],
        [3000, 'CHF'],
        [2000, 'EUR'],
        [1650, 'EUR'],
        [2500, 'EUR'],
      ]);
      expect(preview.notes).toContain(
        "'Gehalt': no currency written; read as EUR, the currency most of the column's amounts state (1 row).",
      );
    }
  });

  it("is in the region's currency where no currency is stated by most of the column, else in USD as before", async () => {
    const evenly = germanSheet(['1.800 €', "CHF 3'000", '2.500']);
    const german = await importText(evenly, { regionCurrency: 'EUR' });
    expect(german.rows.map((r) => r.application.pay?.currency)).toEqual(['EUR', 'CHF', 'EUR']);
    expect(german.notes).toContain("'Gehalt': no currency written; read as EUR, your region's currency (1 row).");
    const unknown = await importText(evenly);
    expect(unknown.rows[2]!.application.pay?.currency).toBe('USD');
    expect(unknown.notes).toContain("'Gehalt': no currency written; read as USD (1 row).");
    // A sign several currencies share says none of them for sure: a Norwegian's "kr" column.
    const oslo = await importText(
      'Company,Role,Location,Pay\nEquinor,Intern,Oslo,25 000 kr/mnd\nDNB,Intern,Oslo,24000/mnd\n',
      {
        regionCurrency: 'NOK',
      },
    );
    expect(oslo.rows.map((r) => r.application.pay?.currency)).toEqual(['NOK', 'NOK']);
    expect(oslo.notes).toContain("'Pay': no currency written; read as NOK, your region's currency (1 row).");
    // A Min. Salary column's amounts too.
    const teal = await importText('Job Position,Company,Min. Salary,Max. Salary\nIntern,Ramp,40,45\n', {
      regionCurrency: 'GBP',
    });
    expect(teal.rows[0]!.application.pay).toMatchObject({ min: 40, max: 45, currency: 'GBP' });
    expect(teal.notes).toContain("'Min. Salary': no currency written; read as GBP, your region's currency (1 row).");
  });

  it("reads a bare '$' as a dollar, as the editor does: the region's or column's when that is one, else USD, never a euro", async () => {
    const euros = await importText(germanSheet(['1.800 €', '€ 2.000', '$2,500/month', '2.100']), {
      regionCurrency: 'EUR',
    });
    expect(euros.rows.map((r) => r.application.pay?.currency)).toEqual(['EUR', 'EUR', 'USD', 'EUR']);
    expect(euros.notes).toContain(
      "'Gehalt': '$' read as USD (it is also the sign of CAD, AUD, NZD, SGD, HKD and MXN) (1 row).",
    );
    // A Canadian's "$" is the Canadian dollar, said as the guess it is; so is a bare amount in a column of them.
    const canadian = await importText(
      'Company,Role,Pay\nShopify,Intern,$45/hr\nWealthsimple,Intern,$40/hr\nCohere,Intern,38/hr\n',
      {
        regionCurrency: 'CAD',
      },
    );
    expect(canadian.rows.map((r) => r.application.pay?.currency)).toEqual(['CAD', 'CAD', 'CAD']);
    expect(canadian.notes).toEqual([
      "'Pay': '$' read as CAD (it is also the sign of USD, AUD, NZD, SGD, HKD and MXN) (2 rows).",
      "'Pay': no currency written; read as CAD, the currency most of the column's amounts state (1 row).",
    ]);
    // A currency column still says which dollar, without a word.
    const column = await importText('Company,Role,Pay,Currency\nShopify,Intern,$45/hr,AUD\n', {
      regionCurrency: 'CAD',
    });
    expect(column.rows[0]!.application.pay?.currency).toBe('AUD');
    expect(column.notes).toEqual([]);
  });
});

describe('an offer amount that writes no currency', () => {
  const offers = 'Company,Role,Status,Signing bonus,Relocation,Housing\n';

  it("is in the region's currency, said as a pay cell says it, for each column that has one", async () => {
    const preview = await importText(
      `${offers}Shopify,Intern,Offer,5000,1500,2000/month\nCohere,Intern,Offer,3000,,\n`,
      {
        regionCurrency: 'CAD',
      },
    );
    expect(preview.rows.map((r) => r.application.offer?.currency)).toEqual(['CAD', 'CAD']);
    expect(preview.notes).toEqual([
      "'Status': the stage was reached on a day the file does not give, so it is shown as 'date not recorded' (2 rows).",
      "'Housing': no currency written; read as CAD, your region's currency (1 row).",
      "'Relocation': no currency written; read as CAD, your region's currency (1 row).",
      "'Signing bonus': no currency written; read as CAD, your region's currency (2 rows).",
    ]);
    // Where no region is known, in US dollars, said too.
    const unknown = await importText(`${offers}Stripe,Intern,Offer,5000,,\n`);
    expect(unknown.notes).toEqual([
      "'Status': the stage was reached on a day the file does not give, so it is shown as 'date not recorded' (1 row).",
      "'Signing bonus': no currency written; read as USD (1 row).",
    ]);
    // The offer's other parts ("Stock grant: 5000") are in its currency too, and say so alike.
    const parts = await importText('Company,Role,Status,Other offer parts\nShopify,Intern,Offer,Stock grant: 5000\n', {
      regionCurrency: 'CAD',
    });
    expect(parts.rows[0]!.application.offer).toMatchObject({
      currency: 'CAD',
      other: [{ label: 'Stock grant', amount: 5000 }],
    });
    expect(parts.notes).toEqual([
      "'Status': the stage was reached on a day the file does not give, so it is shown as 'date not recorded' (1 row).",
      "'Other offer parts': no currency written; read as CAD, your region's currency (1 row).",
    ]);
  });

  it("reads a bare '$' as the region's dollar, as a pay cell does, and says nothing beside a currency stated", async () => {
    const dollars = await importText(`${offers}Shopify,Intern,Offer,"$5,000",$1500,\n`, { regionCurrency: 'CAD' });
    expect(dollars.rows[0]!.application.offer).toMatchObject({ currency: 'CAD', signOnBonus: 5000, relocation: 1500 });
    expect(dollars.notes).toEqual([
      "'Status': the stage was reached on a day the file does not give, so it is shown as 'date not recorded' (1 row).",
      "'Relocation': '$' read as CAD (it is also the sign of USD, AUD, NZD, SGD, HKD and MXN) (1 row).",
      "'Signing bonus': '$' read as CAD (it is also the sign of USD, AUD, NZD, SGD, HKD and MXN) (1 row).",
    ]);
    const stated = await importText(`${offers}Shopify,Intern,Offer,CA$5000,1500,2000/month\n`, {
      regionCurrency: 'EUR',
    });
    expect(stated.rows[0]!.application.offer?.currency).toBe('CAD');
    // Of money, nothing.
    expect(stated.notes).toEqual([
      "'Status': the stage was reached on a day the file does not give, so it is shown as 'date not recorded' (1 row).",
    ]);
  });
});

describe('an amount that writes no period', () => {
  it("is paid per the period most of its column's amounts that state one state, when of a size like theirs, and said so", async () => {
    // tester27: 17 of 27 amounts like "1.800 €" were kept without a period among "…/Monat" ones,
    // and the sum row's amount was read per year from its size while they were not.
    const preview = await importText(
      germanSheet([
        '2.100,50 EUR/Monat',
        '€ 2.500 /Monat',
        "CHF 4'200/Monat",
        '1.750 € mtl.',
        '€ 14,50/Std.',
        '13,50 €/h',
        '1.800 €',
        '€ 600 stagevergoeding',
        "CHF 3'000",
        '15 €',
        '60.000 €',
      ]),
      { regionCurrency: 'EUR' },
    );
    expect(preview.rows.map((r) => [r.application.pay?.min, r.application.pay?.period])).toEqual([
      [2100.5, 'month'],
      [2500, 'month'],
      [4200, 'month'],
      [1750, 'month'],
      [14.5, 'hour'],
      [13.5, 'hour'],
      [1800, 'month'],
      [600, 'month'],
      [3000, 'month'],
      // Far smaller or larger than the column's monthly amounts (1,750 to 4,200): read from their
      // size, as where the column says nothing.
      [15, 'hour'],
      [60000, 'year'],
    ]);
    expect(preview.notes).toEqual([
      "'Gehalt': no period written; read as per month, as most of the column's amounts that state a period are (3 rows).",
      "'Gehalt': no period written; read as per hour from the size of the amount (1 row).",
      "'Gehalt': no period written; read as per year from the size of the amount (1 row).",
    ]);
    expect(preview.warnings).toEqual([]);
  });

  it('is kept without a period where the column gives no evidence: no period stated, or none by most', async () => {
    const none = await importText(germanSheet(['1.800 €', '2.000 €']));
    expect(none.rows.map((r) => r.application.pay?.period)).toEqual([null, null]);
    expect(none.warnings).toEqual([
      "Row 2: 'Gehalt' does not say per hour, month or year (got '1.800 €'); kept without a period",
      "Row 3: 'Gehalt' does not say per hour, month or year (got '2.000 €'); kept without a period",
    ]);
    const split = await importText(germanSheet(['1.800 €/Monat', '2.000 €/Woche', '1.900 €']));
    expect(split.rows.map((r) => r.application.pay?.period)).toEqual(['month', 'week', null]);
    // A period the column's name gives wins, without a word.
    const named = await importText('Company,Role,Weekly pay\nA,Intern,900/hour\nB,Intern,800/hour\nC,Intern,850\n');
    expect(named.rows.map((r) => r.application.pay?.period)).toEqual(['hour', 'hour', 'week']);
    expect(named.notes).toEqual(["'Weekly pay': no currency written; read as USD (3 rows)."]);
  });
});

describe('a sign-on bonus written in the pay cell', () => {
  it("takes it as the offer's sign-on bonus, in the pay's currency, and the pay without it", async () => {
    const preview = await importText(
      'Company,Role,Salary,Stage\n' +
        'Rolls-Royce,Placement,"£22,750 + £1,500 sign-on",Offer\n' +
        'Stripe,Intern,"$9,000/month, $5,000 signing bonus",Offer\n' +
        'Arm,Placement,"£24,000",Applied\n',
    );
    expect(
      preview.rows.map(({ application: a }) => [a.company, a.pay?.min, a.pay?.currency, a.offer?.signOnBonus ?? null]),
    ).toEqual([
      ['Rolls-Royce', 22_750, 'GBP', 1_500],
      ['Stripe', 9_000, 'USD', 5_000],
      ['Arm', 24_000, 'GBP', null],
    ]);
    expect(preview.rows[0]!.application.offer?.currency).toBe('GBP');
  });
});

describe('the hours a week of a pay, in a CSV', () => {
  it('reads a column named for them, whichever way, as the hours a week the pay is for', async () => {
    for (const header of [
      'Hours per week',
      'Hours/week',
      'Weekly hours',
      'Hours a week',
      'Wochenstunden',
      'Horas semanais',
      'Carga horária',
    ]) {
      const preview = await importText(
        `Company,Role,Pay,${header}\nAcme,Intern,$20/hour,20\nBeta,Intern,R$ 2.200/mês,"37,5"\n`,
      );
      expect([header, preview.errors]).toEqual([header, []]);
      expect(preview.rows.map((r) => r.application.pay)).toMatchObject([
        { min: 20, period: 'hour', hoursPerWeek: 20 },
        { min: 2200, currency: 'BRL', period: 'month', hoursPerWeek: 37.5 },
      ]);
    }
  });

  it('takes "20 h" and "20 hours", leaves a row without hours at the convention, and keeps a range in the notes', async () => {
    const preview = await importText(
      'Company,Role,Pay,Weekly hours\n' +
        'Acme,Intern,$20/hour,20 h\n' +
        'Beta,Intern,$25/hour,30 hours\n' +
        'Gamma,Intern,$30/hour,\n' +
        'Delta,Intern,$35/hour,15-20\n',
    );
    expect(preview.errors).toEqual([]);
    const pays = preview.rows.map((r) => r.application.pay);
    expect(pays.map((p) => p?.hoursPerWeek)).toEqual([20, 30, undefined, undefined]);
    expect(pays[2]).not.toHaveProperty('hoursPerWeek');
    expect(preview.rows[3]!.application.notes).toBe('Weekly hours: 15-20');
    expect(preview.warnings).toEqual([
      "Row 5: 'Weekly hours' is not a number of hours a week (got '15-20'), so it was kept in the notes as 'Weekly hours: …'",
    ]);
  });

  it('keeps hours with no pay in the notes, and refuses hours no week has, naming the line and column', async () => {
    const noPay = await importText('Company,Role,Hours per week\nAcme,Intern,20\n');
    expect(noPay.rows[0]!.application).toMatchObject({ pay: null, notes: 'Hours per week: 20' });
    const tooMany = await importText('Company,Role,Pay,Hours per week\nAcme,Intern,$20/hour,168\n');
    expect(tooMany.errors).toEqual(["Row 2: 'Hours per week': Hours a week are a number above 0 and up to 80"]);
  });
});
