import { describe, expect, it } from 'vitest';
import { headerLines } from '@shared/posting/headline';
import { findLocations } from '@shared/posting/locations';
import { parsePosting } from '@shared/posting/parsePosting';
import { scanPosting } from '@shared/posting/pageNoise';
import { explicitPlaces, knownCityPlaces } from '@shared/posting/places';

function locations(text: string) {
  const { scan, lines, bodyEnd } = scanPosting(text);
  return findLocations(scan, lines, headerLines(lines, bodyEnd));
}
const cities = (text: string) => locations(text).locations.map((l) => l.value);

describe('explicitPlaces', () => {
  const read = (text: string) =>
    explicitPlaces(text, 0, text.length).map((p) => [text.slice(p.start, p.end), p.city, p.region]);

  it('reads "City, Region" with a state, province or country', () => {
    expect(read('Seattle, WA; Palo Alto, California; Berlin, Germany; Waterloo, ON')).toEqual([
      ['Seattle, WA', 'Seattle', 'WA'],
      ['Palo Alto, California', 'Palo Alto', 'CA'],
      ['Berlin, Germany', 'Berlin', 'Germany'],
      ['Waterloo, ON', 'Waterloo', 'ON'],
    ]);
  });

  it('reads a city named like its state, in its own state: "New York, NY", "New York, New York"', () => {
    expect(read('New York, NY; New York, New York, United States')).toEqual([
      ['New York, NY', 'New York', 'NY'],
      ['New York, New York, United States', 'New York', 'NY'],
    ]);
  });

  it('separates a company name glued to the city when a page is copied', () => {
    expect(read('PinterestSan Francisco, CA, United States')).toEqual([
      ['San Francisco, CA, United States', 'San Francisco', 'CA'],
    ]);
    expect(read('Woven by ToyotaPalo Alto, CA, United States')).toEqual([
      ['Palo Alto, CA, United States', 'Palo Alto', 'CA'],
    ]);
    expect(read('Perfict Global, Inc.Fremont, CA, United States')).toEqual([
      ['Fremont, CA, United States', 'Fremont', 'CA'],
    ]);
    expect(read('EvenUp Inc.San Francisco, CA, United States')).toEqual([
      ['San Francisco, CA, United States', 'San Francisco', 'CA'],
    ]);
  });

  it('takes an unknown city as written, without the words before it', () => {
    expect(read('Hybrid Office Port Alden, ME')).toEqual([['Port Alden, ME', 'Port Alden', 'ME']]);
    expect(read('McAllen, TX')).toEqual([['McAllen, TX', 'McAllen', 'TX']]);
  });

  it('does not read a list of cities, of regions or of countries as a city in a region', () => {
    expect(read('in San Francisco, Palo Alto, New York or Seattle')).toEqual([]);
    expect(read('internships in New York, Washington and San Francisco')).toEqual([]);
    expect(read('Paid journalism internships in NY, DC and SF')).toEqual([]);
    expect(read('CERN Summer Student Program, Switzerland')).toEqual([]);
    expect(read('College Station, United States of America').map(([, city]) => city)).toEqual(['College Station']);
    expect(read('operations in eight countries: Burkina Faso, Cameroon, the Central African Republic')).toEqual([]);
  });

  it('does not take "Remote" or a country for a city', () => {
    expect(read('Remote, US and Canada, USA')).toEqual([]);
  });

  it('reads a state name followed by its own region as the city, not as the region of the name before it', () => {
    expect(read('Office of Research and Development, Washington, DC')).toEqual([
      ['Washington, DC', 'Washington', 'DC'],
    ]);
    expect(read('Bureau of Economic Analysis, Washington, D.C.')).toEqual([['Washington, D.C.', 'Washington', 'DC']]);
    expect(read('Acme Labs, New York, NY 10001')).toEqual([['New York, NY', 'New York', 'NY']]);
  });

  it('still reads a city in a state written out, and a state name with a country after it', () => {
    expect(read('Spokane, Washington, United States')).toEqual([
      ['Spokane, Washington, United States', 'Spokane', 'WA'],
    ]);
    expect(read('Tacoma, Washington')).toEqual([['Tacoma, Washington', 'Tacoma', 'WA']]);
    expect(read('Virginia, Maryland, DC')).toEqual([]);
  });
});

describe('knownCityPlaces', () => {
  it('finds well-known cities named on their own, longest name first', () => {
    const text = 'hybrid in San Francisco, Palo Alto, New York or Seattle; also NYC and South San Francisco.';
    expect(knownCityPlaces(text, 0, text.length).map((p) => p.city)).toEqual([
      'San Francisco',
      'Palo Alto',
      'New York',
      'Seattle',
      'New York',
      'South San Francisco',
    ]);
  });

  it('does not find a city inside another word', () => {
    const text = 'PinterestSan Francisco and Newark-on-Trent';
    expect(knownCityPlaces(text, 0, text.length)).toEqual([]);
  });
});

describe('findLocations', () => {
  it('reads the office cities named in prose, with their states', () => {
    expect(
      cities(
        'ML Internship\nPinterestSan Francisco, CA, United States\nOur summer internships will be located either remote or hybrid in San Francisco, Palo Alto, New York or Seattle offices.',
      ),
    ).toEqual(['San Francisco, CA', 'Palo Alto, CA', 'New York, NY', 'Seattle, WA']);
  });

  it('reads the header line of a Greenhouse or Lever page: "City, State, Country", "City / Hybrid"', () => {
    expect(
      cities('Software Engineering Intern\n\nDatadog\nNew York, New York, United States\n\nApply for this job\n'),
    ).toEqual(['New York, NY']);
    expect(cities('Data Science Intern\nPlaid\nSan Francisco / Hybrid\nApply for this job\n')).toEqual([
      'San Francisco, CA',
    ]);
  });

  it('reads a "Locations:" label with several places', () => {
    expect(cities('Intern\nLocations: Chicago, IL; Boston, MA\nAbout us')).toEqual(['Chicago, IL', 'Boston, MA']);
    expect(cities('Intern\nJob - City: Ottawa\nAbout us')).toEqual(['Ottawa, ON']);
  });

  it('reads a list under a "Locations" heading', () => {
    expect(cities('Intern\n\nLocations\n• Toronto, ON\n• Montréal, QC\n• Remote (Canada)\n\nAbout us')).toEqual([
      'Toronto, ON',
      'Montréal, QC',
    ]);
  });

  it('takes an unknown place after a label as written', () => {
    expect(cities('Intern\nLocation: Tórshavn\nAbout us')).toEqual(['Tórshavn']);
  });

  it('reads a duty station and French, German and Spanish location labels, without an office code', () => {
    expect(cities('Intern\nDuty Station: SENRB Dakar, Senegal\nAbout us')).toEqual(['Dakar, Senegal']);
    expect(cities('Stage\nLieu de stage : Paris 13ème (en présentiel)\nMissions')).toEqual(['Paris, France']);
    expect(cities('Praktikum\nArbeitsort: Berlin, Germany\nAufgaben')).toEqual(['Berlin, Germany']);
  });

  it('does not take what follows a heading for places unless they are places', () => {
    expect(cities('Intern\nlocations\n3 Locations\ntime type\nFull time\n')).toEqual([]);
  });

  it('reads the location line of a header, not cities in a company name or a sentence', () => {
    expect(
      cities('Data Intern\nNew York Life · Boston, MA (Hybrid) · 2 days ago\nWe sell insurance to people in Chicago.'),
    ).toEqual(['Boston, MA']);
  });

  it('reads the place line under a title printed twice, its employer between the copies', () => {
    const page = [
      'Data Engineering Summer Intern 2027',
      'Learn more about Harbor Bank',
      'Harbor Bank',
      'Harbor Bank',
      'Data Engineering Summer Intern 2027',
      'Charlotte, NC +3 locations',
      'Internship',
      'Paid',
      '',
      'The data team builds the pipelines behind our reports, and interns ship real work over the summer.',
    ].join('\n');
    expect(parsePosting(page).locations).toEqual(['Charlotte, NC']);
  });

  it('does not take "Remote" or a country alone for a city', () => {
    expect(cities('Data Intern\nRemote — United States\nLocation: Remote\nBased in Canada.')).toEqual([]);
  });

  it.each([
    'In person',
    'In-person',
    'On-site',
    'On site',
    'Onsite',
    'Remote',
    'Hybrid',
    'Hybrid remote',
    'Work from home',
  ])('takes no place from "Work Location: %s": a way of working, not where', (mode) => {
    expect(cities(`Marketing Intern\nAustin, TX 78701\nFull job description\nWork Location: ${mode}`)).toEqual([
      'Austin, TX',
    ]);
  });

  it('still reads a place a label gives with its way of working: "Location: Tórshavn (On-site)"', () => {
    expect(cities('Data Intern\nLocation: Tórshavn (On-site)')).toEqual(['Tórshavn']);
  });

  it('merges a German city written with and without the river it stands on ("Frankfurt am Main")', () => {
    expect(cities('Trainee\n\nFrankfurt\n\nPlace of work Frankfurt am Main, Germany\n')).toEqual([
      'Frankfurt, Germany',
    ]);
  });

  it('reads "Place of employment" as the place’s label, as "Place of work" is', () => {
    expect(cities('Domain : Communication\nPlace of employment : Brussels\nStarting date : 01/03/2025')).toEqual([
      'Brussels, Belgium',
    ]);
    expect(cities('Trainee\nPlace of employment Lisbon, Portugal\n')).toEqual(['Lisbon, Portugal']);
  });

  it('takes no place from a place’s field that holds a role: "Location: Communication and Administration Internship"', () => {
    expect(
      cities(
        'Communication Internship - Geneva\nLocation: Communication and Administration Internship\nLocation: Geneva, Switzerland',
      ),
    ).toEqual(['Geneva, Switzerland']);
    expect(cities('Summer Analyst\nLocation: Marketing and Sales Trainee\n')).toEqual([]);
  });

  it('merges the same city written with and without accents, keeping the first spelling', () => {
    expect(cities('Intern\nMontréal, QC\nOur office in Montreal is downtown.')).toEqual(['Montréal, QC']);
  });

  it('reports the countries of the places it found', () => {
    expect([...locations('Intern\nLocations: Toronto, ON; Vancouver, BC').countries]).toEqual(['CA']);
  });
});

describe('findLocations on real-page wordings', () => {
  const PROSE =
    'We build scheduling and intake software for community clinics; it is used by 900 clinics to book more than two million appointments a year.';

  it('reads the city after a street address, not the street', () => {
    expect(cities(`Data Intern\nLocation: 2 Broadway, New York, NY 10004\n${PROSE}`)).toEqual(['New York, NY']);
  });

  it('reads a header line that is a sentence as prose', () => {
    expect(
      cities(`This internship role will be based out of Headquarters in Mountain View California.\n${PROSE}`),
    ).toEqual(['Mountain View, CA']);
  });

  it('reads "… in City" at the end of a header line, or before a dash', () => {
    expect(cities(`U.S. Dept. of Labor in Philadelphia\n${PROSE}`)).toEqual(['Philadelphia, PA']);
    expect(cities(`Data Intern Job Opening In Seattle – Now Hiring Acme\n${PROSE}`)).toEqual(['Seattle, WA']);
  });

  it('reads where interns are placed', () => {
    expect(cities(`${PROSE}\nPlacement: The interns would be placed at Mumbai, India.`)).toEqual(['Mumbai, India']);
  });

  it('does not take a city known by name alone for the American one on a page set in another country', () => {
    const page = `${PROSE}\nPeople from all over South West Scotland may apply.\nYou will be placed in the museum, across our sites in Irvine and Dumbarton.`;
    expect(cities(page)).toEqual([]);
    expect(cities(`${PROSE}\nYou will be placed in our office in Irvine.`)).toEqual(['Irvine, CA']);
  });

  it('reads where the lab or the team works', () => {
    expect(cities(`${PROSE}\nStudents do research in NIH laboratories in Bethesda, Maryland.`)).toEqual([
      'Bethesda, MD',
    ]);
    expect(cities(`${PROSE}\nYou will join an engineering team in Geneva, Switzerland.`)).toEqual([
      'Geneva, Switzerland',
    ]);
  });

  it('reads a city whose name has small words in it, after a table’s label with no separator', () => {
    expect(cities('Traineeship\nPlace of work Frankfurt am Main, Germany\nClosing date 23.10.2023')).toEqual([
      'Frankfurt am Main, Germany',
    ]);
    expect(cities('Location: Newcastle upon Tyne, UK')).toEqual(['Newcastle upon Tyne, UK']);
  });

  it('does not take a county, a venue or a job’s words for a city', () => {
    expect(cities('Tax Intern\nFranklin County, OH\nLocation: Keeley Park & American 1 Event Center')).toEqual([]);
    expect(cities('Hardware Intern\n- Location: Internship at India')).toEqual([]);
  });

  it('does not take a city opening an institution’s name, or "work in analyzing", for a place of work', () => {
    expect(cities(`${PROSE}\nThe New York City Council’s team supports our work in analyzing data.`)).toEqual([]);
  });

  it('reads a labelled place a known city opens as written, and no place from an office’s label', () => {
    expect(cities('Architectural Intern\nLocation: Arlington Heights\nOffice: CAO/General Counsel')).toEqual([
      'Arlington Heights',
    ]);
  });

  it('takes no place of work from a case ("those based in London")', () => {
    expect(cities(`${PROSE}\nInterns are paid the Living Wage. Those based in London receive a weighting.`)).toEqual(
      [],
    );
  });

  it('takes no city inside a club’s or a society’s name', () => {
    expect(cities(`${PROSE}\nThe Garden Club of Austin (TGCOA) is funding a paid summer internship.`)).toEqual([]);
  });

  it('reads the city before a state, and no city from a state alone', () => {
    expect(cities('Communications Intern\nLocation: Effurun-Warri, Delta State, Nigeria (Headquarters)')).toEqual([
      'Effurun-Warri, Delta State',
    ]);
    expect(cities('Communications Intern\nLocation: Delta State, Nigeria')).toEqual([]);
  });

  it('takes no city from an employer after "at", the area a city is in, or a region named after a city', () => {
    expect(cities('Paid Summer Food Science Internship at Cargill, USA')).toEqual([]);
    expect(cities('R&D Intern\n- Location: Plymouth, Minnesota (Minneapolis Area)')).toEqual(['Plymouth, MN']);
    expect(cities(`${PROSE}\nAbility to travel to client locations, predominantly Western New York clients.`)).toEqual(
      [],
    );
  });
});

describe('a city, its area and its country', () => {
  it('reads "Maroussi, Attica, Greece" as Maroussi, not the area Attica', () => {
    const text = 'Host organisation\nLOCATION: Maroussi, Attica, Greece\nINDUSTRY: Public Health';
    expect(cities(text)).toEqual(['Maroussi, Attica']);
    expect(cities('Strategy Intern\nTikTok\nStockholm, Stockholm County, Sweden\nOn-site')).toEqual([
      'Stockholm, Stockholm County',
    ]);
    // A city already read in its own state is left as it is.
    expect(cities('Location: Toronto, Ontario, Canada')).toEqual(['Toronto, ON']);
  });
});

describe('a city after "<role> at <employer>" on the heading line', () => {
  it.each([
    ['Software Engineer Internship at Stripe Bengaluru\nJoin us.', ['Bengaluru, India']],
    ['Marketing Internship at Acme Corp London (Hybrid)\nJoin us.', ['London, UK']],
  ])('reads the place in %j', (text, expected) => {
    expect(cities(text)).toEqual(expected);
  });

  it.each([
    'Finance Intern at Bank of Montreal\nJoin us.',
    'Policy Intern at Transport for London\nJoin us.',
    'Engineering Intern at Toronto Hydro\nJoin us.',
  ])("reads no place from a city inside the employer's name: %j", (text) => {
    expect(cities(text)).toEqual([]);
  });
});

describe("an Indian board's place line under the company", () => {
  it.each([
    ['Data Science Internship\nMeesho\nBengaluru, Work from home\n\nStart Date\nImmediately', ['Bengaluru, India']],
    ['Data Science Internship\nMeesho\nWork From Home, Mumbai', ['Mumbai, India']],
    ['Data Science Internship\nMeesho\nBangalore, Mumbai', ['Bangalore, India', 'Mumbai, India']],
    ['Data Science Internship\nMeesho\nHybrid - Pune', ['Pune, India']],
  ])('reads every city of %j', (text, expected) => {
    expect(cities(text)).toEqual(expected);
  });

  it('reads no city from a line where other words stand beside it', () => {
    expect(cities('Data Science Internship\nMeesho\nBengaluru Startup Awards, Work from home')).toEqual([]);
  });
});

describe('the place ending a board\'s heading "<role> / <employer> / <place>"', () => {
  it.each([
    ['Data Analyst Intern / Acme Ltd / Location: London\nJoin us.', ['London, UK']],
    ['Marketing Intern – Bluebird Media – Manchester\nJoin us.', ['Manchester, UK']],
    ['Software Engineering Intern | Northwind Traders | Seattle, WA\nJoin us.', ['Seattle, WA']],
  ])('reads %j', (text, expected) => {
    expect(cities(text)).toEqual(expected);
  });

  it("reads no place from a city opening an employer's name in such a heading", () => {
    expect(cities('Data Intern / Boston Consulting Group / Remote\nJoin us.')).toEqual([]);
  });
});

describe('places joined by "or" or "and" under a location label', () => {
  it.each([
    ['Youth Worker Intern\nLocation: Richmond or Wandsworth\nAbout us', ['Richmond', 'Wandsworth']],
    ['Intern\nLocation: Wandsworth or Richmond\nAbout us', ['Wandsworth', 'Richmond']],
    ['Intern\nLocations: Leeds and Harrogate\nAbout us', ['Leeds, UK', 'Harrogate']],
    ['Intern\nLocation: Tórshavn or Klaksvík\nAbout us', ['Tórshavn', 'Klaksvík']],
    ['Intern\nLocation: Boston, MA or Remote\nAbout us', ['Boston, MA']],
    ['Intern\nLocation: London and surrounding areas\nAbout us', ['London, UK']],
  ])('reads every place in %j', (text, expected) => {
    expect(cities(text)).toEqual(expected);
  });

  it.each([
    ['Intern\nLocation: Port of Spain, Trinidad and Tobago\nAbout us', ['Port of Spain, Trinidad and Tobago']],
    ['Intern\nLocation: Bosnia and Herzegovina\nAbout us', []],
  ])('does not split a country whose name has "and" in it: %j', (text, expected) => {
    expect(cities(text)).toEqual(expected);
  });

  it('reads a value that is no list of places as before', () => {
    expect(cities('Intern\nLocation: Arts and culture organisations in Wandsworth, London.\nAbout us')).toEqual([
      'London, UK',
    ]);
    expect(cities('Intern\nLocation: Department of Parks and Recreation, Chicago, IL\nAbout us')).toEqual([
      'Chicago, IL',
    ]);
  });

  it.each([
    ['Intern\nLocation: Office of Research and Development, Washington, DC\nAbout us', ['Washington, DC']],
    ['Intern\nLocation: Office of Research and Development, Washington, D.C.\nAbout us', ['Washington, DC']],
    ['Policy Intern\nOffice of Research and Development, Washington, DC\nAbout us', ['Washington, DC']],
    ['Intern\nLocation: Division of Budget and Finance, New York, NY\nAbout us', ['New York, NY']],
    ['Intern\nLocation: Olympia, Washington\nAbout us', ['Olympia, WA']],
  ])("reads the city after a department's name, not its last word, in %j", (text, expected) => {
    expect(cities(text)).toEqual(expected);
  });

  it('does not split places joined by "or" in a sentence', () => {
    expect(cities('Intern\nYou may live in Richmond or Wandsworth.\nAbout us')).toEqual([]);
  });

  it('takes no city the page says the job is not in, wherever else it names it', () => {
    const page = [
      'We are hiring summer interns!',
      'A glitch makes it look like the interns will be based in Boston. They will not be in Boston. They will be based in Great Barrington, MA.',
    ].join('\n');
    expect(cities(page)).toEqual(['Great Barrington, MA']);
    expect(cities('Intern\nThe role is not based in London; interns are based in Manchester.\nAbout us')).toEqual([
      'Manchester, UK',
    ]);
    // "not only in": still there.
    expect(cities('Intern\nInterns are based in Denver, CO.\nAbout us')).toEqual(['Denver, CO']);
  });
});

describe('places that are not where the job is', () => {
  const PROSE =
    'We build scheduling and intake software for community clinics; it is used by 900 clinics to book more than two million appointments a year.';

  it('reads the places where the internships take place', () => {
    expect(
      cities(`Policy Intern\n${PROSE} The placements take place in Denver and Boston, lasting ten weeks.`),
    ).toEqual(['Denver, CO', 'Boston, MA']);
    expect(cities(`Policy Intern\n${PROSE} Interviews will take place in October.`)).toEqual([]);
  });

  it('reads "work in" as a place cue only before a name, not "our work in cities such as …"', () => {
    const page = `Policy Intern\n${PROSE} Through our work in cities such as Chicago, Toronto and Denver, we reach many people.`;
    expect(cities(page)).toEqual([]);
    expect(cities(`Policy Intern\n${PROSE} Interns work in Denver, CO.`)).toEqual(['Denver, CO']);
  });

  it.each([
    ['Program Location\n\nBerlin, Germany\n\nProgram Dates', 'Berlin, Germany'],
    ['LOCATION OF POSITION\n\nQuillon Health Department, Baltimore, MD 21202', 'Baltimore, MD'],
    ['Employeur\nLieu de travail\nDRH - SERVICE RECRUTEMENT, Lyon (Rhône (69))\nPoste à pourvoir', 'Lyon, France'],
  ])('reads the place under a heading naming it %j', (text, place) => {
    expect(cities(`Data Intern\n${PROSE}\n${text}`)).toEqual([place]);
  });

  it('takes no city from a metropolitan region ("Greater Boston")', () => {
    expect(cities(`${PROSE}\nThe locations are geographically restricted to Greater Boston.`)).toEqual([]);
    expect(cities(`${PROSE}\nInterns work across the Greater Toronto Area.`)).toEqual([]);
    expect(cities(`${PROSE}\nThe locations are geographically restricted to Boston.`)).toEqual(['Boston, MA']);
  });

  it('takes no place of work from where applicants live ("Candidates residing in Pune")', () => {
    expect(cities('Content Intern\n\nEligibility\n  • Candidates residing in Pune\n  • Fluent in Marathi')).toEqual([]);
    expect(cities(`${PROSE}\nApplicants must be residents of Chicago. Interns are based in Denver, CO.`)).toEqual([
      'Denver, CO',
    ]);
  });

  it('takes no street address under a location label for a city', () => {
    expect(cities('- Position: Intern – Administration\n- Location: TK House, 14 Harmon Street, Northcliff')).toEqual(
      [],
    );
    expect(cities('Position: Intern\nLocation: Tórshavn')).toEqual(['Tórshavn']);
  });
});

describe('a board’s facts about the employer', () => {
  it.each([
    'Data Intern\nAcme Corp\nHeadquarters: Chicago, IL\nRemote',
    'Data Intern\nAcme Corp\nCompany address: 12 Main Street, Chicago, IL',
    'Data Intern\nAcme Corp\nOffices: London, Berlin\nLocation: Remote',
  ])('are not where the job is: %j', (text) => {
    expect(cities(text)).toEqual([]);
  });

  it('still reads the job’s own office and place', () => {
    expect(cities('Data Intern\nAcme Corp\nOffice: Denver, CO')).toEqual(['Denver, CO']);
    expect(cities('Data Intern\nAcme Corp\nLocation: Denver, CO (Headquarters)')).toEqual(['Denver, CO']);
  });
});

describe('places the page looks back on', () => {
  const body =
    'Data Intern\nAcme Corp\nFull-time\nApply now\nSave job\nShare\n\nAbout the role\nJoin our team as a data intern for the summer. You will clean data and build dashboards for clinics.\n';
  it.each([
    'Previous interns have been placed in Boston, MA.',
    'Our alumni work in Boston, MA, Austin, TX and beyond.',
    'Interns in past years worked at our Boston, MA office.',
  ])('are not where the job is: %j', (text) => {
    expect(parsePosting(body + text).locations).toEqual([]);
  });

  it('still reads where this year’s interns work', () => {
    expect(parsePosting(`${body}Interns will work in our Boston, MA office.`).locations).toEqual(['Boston, MA']);
  });
});

describe('a city the page writes only inside its employer’s name', () => {
  const opening =
    'Summer Research Internship 2027\n\nTechnion Haifa has opened applications for its summer research internship.';

  it('is not where the work is', () => {
    const text = `${opening} Interns join Technion Haifa laboratories for eight weeks and work with faculty.`;
    expect(parsePosting(text).locations).toEqual([]);
  });

  it('is, when the page also names it alone', () => {
    const text = `${opening} Interns work in Haifa, Israel for eight weeks.`;
    expect(parsePosting(text).locations).toEqual(['Haifa, Israel']);
  });
});

describe('places given as examples of an open choice', () => {
  it('are not where the work is', () => {
    expect(
      cities(
        'The traineeships are paid. You could be placed in Brussels, in Luxembourg or elsewhere across the European Union, where other agencies are located.',
      ),
    ).toEqual([]);
    expect(cities('Interns are based in London or anywhere in the UK.')).toEqual([]);
    expect(cities('Interns are based in London or Manchester.').sort()).toEqual(['London, UK', 'Manchester, UK']);
  });
});

describe('"based" inside a compound ("online-based", "science-based")', () => {
  it('says what kind of thing the employer is, not where the job is', () => {
    expect(cities('Because Harbour Lane in Toronto is an online-based studio, interns rarely meet.')).toEqual([]);
    expect(cities('Harbour Lane in Toronto is a science-based charity; interns meet weekly.')).toEqual([]);
    expect(cities('Harbour Lane interns are based in Toronto, Ontario.')).toEqual(['Toronto, ON']);
  });
});

describe('a place named by what it is near', () => {
  it.each([
    // A place we do not know is in its landmark's country.
    ['Praktikum Chipdesign\nStandort: Ottobrunn bei München\nAufgaben', ['Ottobrunn, Germany']],
    ['Data Intern\nLocation: Kirkland near Seattle\nAbout the role', ['Kirkland, WA']],
    ['Data Intern\nLocation: Kirkland (near Seattle)\nAbout the role', ['Kirkland, WA']],
    ['Stage R&D\nLieu de stage : Saclay, près de Paris\nMissions', ['Saclay, France']],
    // A place we know before it stays.
    ['Research Intern\nLocation: Redmond near Seattle, WA\nAbout the role', ['Redmond, WA']],
  ])('is not that other place: %j', (text, expected) => {
    expect(cities(text)).toEqual(expected);
  });

  it('is not read in prose either, where a city is just a landmark', () => {
    expect(cities('Research Intern\nThe internship is based in our lab in Garching near Munich.')).toEqual([]);
  });
});
