// Visa sponsorship as postings state it, each wording with what a careful reader takes from it.
import { describe, expect, it } from 'vitest';
import type { Sponsorship } from '@shared/application';
import { findSponsorship } from '@shared/posting/sponsorship';

function read(text: string) {
  const { sponsorship, notes } = findSponsorship(text);
  return {
    value: sponsorship?.value ?? null,
    spans: sponsorship?.ranges.map((r) => text.slice(r.start, r.end)) ?? [],
    notes,
  };
}

describe('findSponsorship', () => {
  it.each<[string, Sponsorship, string]>([
    ['We do not sponsor visas for this role.', 'does-not-offer', 'do not sponsor'],
    ["We don't offer visa sponsorship.", 'does-not-offer', "don't offer visa sponsorship"],
    [
      'We are unable to sponsor or take over sponsorship of an employment visa at this time.',
      'does-not-offer',
      'unable to sponsor',
    ],
    [
      'The company will not be able to provide H-1B sponsorship.',
      'does-not-offer',
      'will not be able to provide H-1B sponsorship',
    ],
    ['This position is not eligible for visa sponsorship.', 'does-not-offer', 'not eligible for visa sponsorship'],
    ['No sponsorship is available for this role.', 'does-not-offer', 'No sponsorship'],
    [
      'You must be authorized to work in the United States without sponsorship.',
      'does-not-offer',
      'without sponsorship',
    ],
    [
      'Candidates who now or in the future require visa sponsorship will not be considered.',
      'does-not-offer',
      'require visa sponsorship will not be considered',
    ],
    ['Sponsorship available.', 'offers', 'Sponsorship available'],
    ['Visa sponsorship is available for this role.', 'offers', 'Visa sponsorship is available'],
    ['We offer H-1B sponsorship to interns who convert.', 'offers', 'We offer H-1B sponsorship'],
    ['We are willing to sponsor work visas.', 'offers', 'willing to sponsor'],
    ['Open to candidates requiring sponsorship.', 'offers', 'Open to candidates requiring sponsorship'],
    ['Applicants must be U.S. citizens.', 'citizenship-required', 'must be U.S. citizens'],
    ['Must be a US citizen due to ITAR.', 'citizenship-required', 'Must be a US citizen'],
    ['U.S. citizenship is required.', 'citizenship-required', 'U.S. citizenship is required'],
    ['This role is open only to Canadian citizens.', 'citizenship-required', 'open only to Canadian citizens'],
  ])('reads %j', (text, value, span) => {
    expect(read(text)).toEqual({ value, spans: [span], notes: [] });
  });

  it('reads a job board’s sponsorship field, its answer on the same line or the next', () => {
    expect(read('Language\nEnglish\nVisa Sponsorship\nNo\nWorking Hours').value).toBe('does-not-offer');
    expect(read('Visa sponsorship: Yes').value).toBe('offers');
    expect(read('We discuss sponsorship now and then.').value).toBeNull();
  });

  it('reads "no sponsorship is available" as none offered, not as an offer', () => {
    expect(read('Unfortunately, visa sponsorship is not available and no sponsorship is available.').value).toBe(
      'does-not-offer',
    );
    expect(read('We are not willing to sponsor visas.').value).toBe('does-not-offer');
  });

  it('reads citizens or permanent residents only as no sponsorship, and says how it read it', () => {
    expect(read('Applicants must be U.S. citizens or permanent residents.')).toEqual({
      value: 'does-not-offer',
      spans: ['citizens or permanent residents'],
      notes: [
        'Sponsorship read from "citizens or permanent residents": the role is open only to those who need no visa, so it sponsors none.',
      ],
    });
    expect(read('Australian or New Zealand citizen or permanent resident').value).toBe('does-not-offer');
    expect(read('Candidates must be U.S. citizens or have permanent residency.').value).toBe('does-not-offer');
    expect(read('Applicants must be citizens or hold a green card.').value).toBe('does-not-offer');
  });

  it('takes citizenship required together with no sponsorship as citizenship required', () => {
    const text = 'We do not sponsor visas. Applicants must be U.S. citizens.';
    expect(read(text)).toEqual({ value: 'citizenship-required', spans: ['must be U.S. citizens'], notes: [] });
  });

  it('proposes nothing when the page both offers sponsorship and refuses it, naming both in page order', () => {
    expect(read('Visa sponsorship is available. Applicants must be U.S. citizens.')).toEqual({
      value: null,
      spans: [],
      notes: [
        `On visa sponsorship, the page says both 'sponsorship offered' ("Visa sponsorship is available") and 'citizenship required' ("must be U.S. citizens").`,
      ],
    });
  });

  it('reads nothing from a page that does not say, or only asks', () => {
    for (const text of [
      'We are an equal opportunity employer.',
      'Will you now or in the future require sponsorship for employment visa status?',
      'Is the role open to international students on a work permit?',
      'We do not offer housing.',
      'Visa : GC, USC, GCEAD, H4EAD, TN',
      'Must be eligible for Reliability security clearance.',
      // Sponsoring something other than a visa.
      "The City will sponsor the clerk's State Bar practice card.",
      // Visa holders may apply too: the page says nothing about sponsoring one.
      'Applicants must be a U.S. citizen, permanent resident or have the appropriate visa.',
      'Be a Canadian citizen, permanent resident of Canada or have a study permit, valid for the internship.',
      // Anyone authorised to work may apply: citizenship is one way in, not a requirement.
      'Applicants must be a citizen or national of the United States, or legally authorized to work in the United States.',
      'You must be a U.S. citizen or otherwise eligible to work in the US.',
    ]) {
      expect(read(text).value, text).toBeNull();
    }
  });

  it('reads citizens or legal residents as no sponsorship, not citizenship required', () => {
    expect(read('Additional Requirements:\nMust be a U.S. citizen or legal resident.').value).toBe('does-not-offer');
  });
});

describe('citizens of any country', () => {
  it.each<[string, Sponsorship | null]>([
    [
      'Eligibility: Open to Indian citizens who have completed their graduation in the last two years.',
      'citizenship-required',
    ],
    ['Applicants must be South African citizens.', 'citizenship-required'],
    [
      'Be a South African citizen or a South African Permanent Resident (with a valid South African ID).',
      'does-not-offer',
    ],
    ['Applicants must be Kenyan citizens.', 'citizenship-required'],
    // A list's first item after "must be:".
    ['Candidates must be:\n\n  • U.S. citizens at the time of application submission.', 'citizenship-required'],
    ['Candidates must be:\n  • U.S. citizens or permanent residents.', 'does-not-offer'],
    // Citizenship is one way in when others with a permit may apply.
    ['Beneficiaries must be South African citizens, or non-South African students with valid study permits.', null],
  ])('reads "%s" as %s', (text, expected) => {
    expect(read(text).value).toBe(expected);
  });
});

describe('a list of who may apply, led by a nationality', () => {
  it.each<[string, Sponsorship | null]>([
    [
      'This opportunity is ideal for graduates who are:\n- South African citizens residing in Johannesburg\n- Unemployed',
      'citizenship-required',
    ],
    [
      'The internship is targeted at unemployed youth who are: - South African citizens with a valid ID',
      'citizenship-required',
    ],
    ['Open to students who are U.S. citizens or permanent residents.', 'does-not-offer'],
    // No nationality: a citizenship of what, the sentence does not say.
    ['We welcome applicants who are citizens of the world and curious.', null],
  ])('reads "%s" as %s', (text, expected) => {
    expect(read(text).value).toBe(expected);
  });
});

describe('sponsorship and citizenship in other senses', () => {
  it.each<string>([
    // Many nationalities may apply: no one citizenship is required.
    'Applicants must be citizens of any country and fluent in English.',
    'Candidates must be a citizen of one of the Fund’s member countries.',
    'The scheme is open to citizens of all nations.',
    'Applicants must be citizen of the following countries :Albania, Algeria, Argentina, Armenia.',
    'Candidates must be citizens of one of the listed countries.',
    // Sponsoring an event, a funder paying for the work, money for a cause: no visa in it.
    'We do not sponsor events, conferences or student clubs.',
    'The lab will not sponsor travel to the annual meeting.',
    'Sponsorship is provided by the Harwell Foundation.',
    'Corporate sponsorship is available to student societies.',
  ])('reads nothing from %j', (text) => {
    expect(read(text).value).toBeNull();
  });

  it('still reads a refusal or an offer of a visa beside them', () => {
    expect(read('We do not sponsor any visas.').value).toBe('does-not-offer');
    expect(read('We do not sponsor international students.').value).toBe('does-not-offer');
    expect(read('Sponsorship is available for this position.').value).toBe('offers');
    expect(read('Applicants must be Mexican citizens.').value).toBe('citizenship-required');
  });
});

describe('citizenship said of some, or beside others who may apply', () => {
  it.each<[string, Sponsorship | null]>([
    ['U.S. citizenship is required for some positions.', null],
    [
      'Applicants must be Canadian citizens or permanent residents, or international students studying in Canada.',
      null,
    ],
    ['No sponsorship from a faculty member is needed to apply.', null],
    [
      'Applicants must be U.S. citizens or permanent residents; international students are not eligible.',
      'does-not-offer',
    ],
    ['U.S. citizenship is required for this position.', 'citizenship-required'],
  ])('reads %j as %s', (text, expected) => {
    expect(read(text).value).toBe(expected);
  });
});

describe('the nationality of those a role is for', () => {
  it.each<[string, Sponsorship | null]>([
    [
      'The Student Internship is an unpaid experience offering U.S. citizen undergraduate and graduate students a chance to work.',
      'citizenship-required',
    ],
    [
      'Eligibility\n\nIndian citizens between 18 to 25 years of age.\n\nMust have completed graduation.',
      'citizenship-required',
    ],
    ['Who can apply\n  • Kenyan citizens aged 18 to 35', 'citizenship-required'],
    // Another group beside them: citizenship is one way in.
    ['Eligibility\nKenyan citizens and permanent residents may apply.', 'does-not-offer'],
    ['Kenyan citizens and foreign nationals are welcome.', null],
    ['The programme welcomes Indian students of any background.', null],
  ])('reads "%s" as %s', (text, expected) => {
    expect(read(text).value).toBe(expected);
  });
});

describe('a refusal written with a contraction or "unable"', () => {
  // Every way of saying a visa cannot be sponsored is a refusal, its evidence the refusal itself.
  it.each<[string, string]>([
    ["We can't offer visa sponsorship for this role.", "can't offer visa sponsorship"],
    ['We can’t offer visa sponsorship for this role.', 'can’t offer visa sponsorship'],
    ['We cannot provide visa sponsorship.', 'cannot provide visa sponsorship'],
    ['We can not provide sponsorship for this position.', 'can not provide sponsorship'],
    ["Unfortunately we won't sponsor work visas.", "won't sponsor"],
    ['The company won’t provide H-1B sponsorship.', 'won’t provide H-1B sponsorship'],
    ['We are unable to offer sponsorship.', 'unable to offer sponsorship'],
    ['We are not able to provide visa sponsorship for interns.', 'are not able to provide visa sponsorship'],
    ["We aren't able to offer visa sponsorship.", "aren't able to offer visa sponsorship"],
    ["We're unable to sponsor visas at this time.", 'unable to sponsor'],
    ["The firm isn't able to sponsor work permits.", "isn't able to sponsor"],
    // Said of the sponsorship itself.
    ['Visa sponsorship cannot be provided for this role.', 'Visa sponsorship cannot be provided'],
    ['Visa sponsorship is not available for this position.', 'Visa sponsorship is not available'],
    ["Sponsorship isn't offered for internships.", "Sponsorship isn't offered"],
  ])('reads %j as no sponsorship', (text, span) => {
    expect(read(text)).toEqual({ value: 'does-not-offer', spans: [span], notes: [] });
  });

  it('still reads an offer as an offer, and a contraction about something else as nothing', () => {
    expect(read('Visa sponsorship is available for this role.').value).toBe('offers');
    expect(read('We can sponsor visas for the right candidate.').value).toBe('offers');
    expect(read('We can offer visa sponsorship to interns who convert.').value).toBe('offers');
    expect(read("We can't offer housing, but sponsorship is available.").value).toBe('offers');
    expect(read("We won't sponsor events or student clubs.").value).toBeNull();
    expect(read("We can't wait to meet you.").value).toBeNull();
  });
});
