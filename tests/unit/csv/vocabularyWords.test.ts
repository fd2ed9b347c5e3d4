import { describe, expect, it } from 'vitest';
import {
  isNoWord,
  isYesWord,
  detectExcitementScale,
  employmentTypeFromWord,
  excitementFromCell,
  isBlankCell,
  phaseFromWord,
  sponsorshipFromWord,
  stageWordOf,
  stageWordWithin,
  workModeFromWord,
  workModeInLocations,
} from '@shared/csv/vocabularyWords';

describe('stage words', () => {
  it.each([
    ['Applied', 'applied', 'Applied'],
    ['Interview', 'in-process', 'Interviewing'],
    ['Offer received', 'offer', 'Offer'],
    ['Offer Received!', 'offer', 'Offer'],
    ['Rejected', 'closed', 'Rejected'],
    ['Bookmarked', 'saved', 'Wishlist'],
    ['Saved', 'saved', 'Wishlist'],
    ['  wish-list ', 'saved', 'Wishlist'],
    ['Online Assessment', 'in-process', 'Online assessment'],
    ['OA', 'in-process', 'Online assessment'],
    ['Phone screen', 'in-process', 'Phone screen'],
    // tester36: a recorded video interview screens; it is no online test.
    ['HireVue', 'in-process', 'Phone screen'],
    ['One-way interview', 'in-process', 'Phone screen'],
    ['Superday', 'in-process', 'Final round'],
    ['Accepted offer', 'accepted', 'Accepted'],
    ['Withdrew', 'closed', 'Withdrawn'],
    ['Declined offer', 'closed', 'Declined'],
    ['No response', 'closed', 'Ghosted'],
    ['Not started', 'saved', 'Wishlist'],
    ['Negotiating', 'offer', 'Offer'],
    ['Absage', 'closed', 'Rejected'],
    ['Rescinded', 'closed', 'Closed'],
    // French, Spanish and German trackers.
    ['Refusé', 'closed', 'Rejected'],
    ['Entretien', 'in-process', 'Interviewing'],
    ['Candidature envoyée', 'applied', 'Applied'],
    ['Offre reçue', 'offer', 'Offer'],
    ['Rechazado', 'closed', 'Rejected'],
    ['Entrevista', 'in-process', 'Interviewing'],
    ['Postulado', 'applied', 'Applied'],
    ['Abgelehnt', 'closed', 'Rejected'],
    ['Prueba técnica', 'in-process', 'Online assessment'],
    ['Test en ligne', 'in-process', 'Online assessment'],
    ['Reneged', 'closed', 'Closed'],
    // Japanese trackers.
    ['書類選考', 'applied', 'Applied'],
    ['面接', 'in-process', 'Interviewing'],
    ['最終面接', 'in-process', 'Final round'],
    ['内定', 'offer', 'Offer'],
    ['不合格', 'closed', 'Rejected'],
    ['辞退', 'closed', 'Withdrawn'],
    // Dutch, Italian, Portuguese, Polish and Swedish trackers.
    ['Nog solliciteren', 'saved', 'Wishlist'],
    ['Da inviare', 'saved', 'Wishlist'],
    ['Do wysłania', 'saved', 'Wishlist'],
    ['Gesolliciteerd', 'applied', 'Applied'],
    ['Gesprek', 'in-process', 'Interviewing'],
    ['Sollicitatiegesprek', 'in-process', 'Interviewing'],
    ['Aanbod', 'offer', 'Offer'],
    ['Afgewezen', 'closed', 'Rejected'],
    ['Teruggetrokken', 'closed', 'Withdrawn'],
    ['Geen reactie', 'closed', 'Ghosted'],
    ['Inviata', 'applied', 'Applied'],
    ['Candidatura inviata', 'applied', 'Applied'],
    ['Colloquio', 'in-process', 'Interviewing'],
    ['Offerta', 'offer', 'Offer'],
    ['Rifiutata', 'closed', 'Rejected'],
    ['Nessuna risposta', 'closed', 'Ghosted'],
    ['Inscrito', 'applied', 'Applied'],
    ['Candidatura enviada', 'applied', 'Applied'],
    ['Proposta', 'offer', 'Offer'],
    ['Aprovado', 'offer', 'Offer'],
    ['Contratado', 'accepted', 'Accepted'],
    ['Reprovado', 'closed', 'Rejected'],
    ['Sem resposta', 'closed', 'Ghosted'],
    ['Wysłano', 'applied', 'Applied'],
    ['Rozmowa', 'in-process', 'Interviewing'],
    ['Rozmowa kwalifikacyjna', 'in-process', 'Interviewing'],
    ['Odrzucono', 'closed', 'Rejected'],
    ['Brak odpowiedzi', 'closed', 'Ghosted'],
    ['Ansökt', 'applied', 'Applied'],
    ['Intervju', 'in-process', 'Interviewing'],
    ['Erbjudande', 'offer', 'Offer'],
    ['Avslag', 'closed', 'Rejected'],
    ['Inget svar', 'closed', 'Ghosted'],
    ['Enviada', 'applied', 'Applied'],
    // Indian campus placements: selected for the job.
    ['Selected', 'offer', 'Offer'],
  ])('read %j as the phase %s, naming the stage %s', (word, phase, name) => {
    expect(stageWordOf(word)).toEqual({ phase, name });
  });

  it.each([
    'Noch nicht beworben',
    'Nicht beworben',
    'Pas encore postulé',
    'Aún no aplicado',
    'Todavía no postulado',
    "Haven't applied",
    'Not applied yet',
    'Not yet submitted',
    'Never applied',
    'Yet to apply',
    'No application sent',
    'Nog niet gesolliciteerd',
    'Non inviata',
    'Não inscrito',
    'Jeszcze nie wysłano',
    'Ej sökt',
    'Inte ansökt',
  ])('reads %j, an applied word negated, as not applied yet: the wishlist', (status) => {
    expect(stageWordOf(status)).toEqual({ phase: 'saved', name: 'Wishlist' });
  });

  it('keeps the listed phrases that negate other words', () => {
    expect(stageWordOf('No offer')).toEqual({ phase: 'closed', name: 'Rejected' });
    expect(stageWordOf('Not selected')).toEqual({ phase: 'closed', name: 'Rejected' });
    expect(stageWordOf('No response')).toEqual({ phase: 'closed', name: 'Ghosted' });
    expect(stageWordOf('Keine Rückmeldung')).toEqual({ phase: 'closed', name: 'Ghosted' });
    expect(stageWordOf('No interview')).toBeNull();
  });

  it.each([
    'Warte auf Rückmeldung',
    'Warten auf Antwort',
    'Wartend',
    'Ausstehend',
    'Rückmeldung ausstehend',
    'Noch keine Rückmeldung',
    'En attente (de réponse)',
    "En attente d'une réponse",
    'Toujours en attente',
    'Pas encore de réponse',
    'En espera (de respuesta)',
    'Esperando respuesta',
    'Respuesta pendiente',
    'Aún sin respuesta',
    'In afwachting',
    'In afwachting van reactie',
    'Wacht op antwoord',
    'Nog geen reactie',
    'In attesa',
    'In attesa di risposta',
    'Ancora nessuna risposta',
    'Aguardando resposta',
    'À espera de retorno',
    'Ainda sem resposta',
  ])('reads %j, a reply still to come in another language, as applied, as "Still waiting" is', (status) => {
    expect(stageWordOf(status)).toEqual({ phase: 'applied', name: 'Applied' });
  });

  it("keeps the other languages' words near waiting as they were", () => {
    // No reply at all, without a "still": the reply never came.
    for (const status of ['Keine Rückmeldung', 'Pas de réponse', 'Sin respuesta', 'Geen reactie', 'Nessuna risposta'])
      expect(stageWordOf(status), status).toEqual({ phase: 'closed', name: 'Ghosted' });
    // A waitlist, not a wait for a reply.
    for (const status of ["Liste d'attente", 'Lista de espera', 'Warteliste'])
      expect(stageWordOf(status), status).toMatchObject({ phase: 'in-process', name: 'Waitlisted' });
    // Waiting on an interview: the interview.
    expect(stageWordOf('In attesa di colloquio')).toBeNull();
    expect(stageWordWithin('In attesa di colloquio')).toEqual({ phase: 'in-process', name: 'Interviewing' });
    expect(stageWordWithin('Warte auf Rückmeldung nach Interview')).toEqual({
      phase: 'in-process',
      name: 'Interviewing',
    });
    // An applied word negated is still the wishlist.
    expect(stageWordOf('Noch nicht beworben')).toEqual({ phase: 'saved', name: 'Wishlist' });
  });

  // A "still" or "yet" before a no-reply ending makes it a wait, after another status word too;
  // the no-reply alone stays ghosted, as "No response" does in English.
  it.each([
    ['Applied - no response yet', 'Applied - no response'],
    ['Applied, still no response', 'Applied, no reply'],
    ['Beworben, noch keine Rückmeldung', 'Beworben, keine Rückmeldung'],
    ['Beworben, noch keine Antwort', 'Beworben, keine Antwort'],
    ['Postulé, pas encore de réponse', 'Postulé, pas de réponse'],
    ['Postulé, toujours pas de réponse', 'Postulé, sans réponse'],
    ['Postulado, todavía sin respuesta', 'Postulado, sin respuesta'],
    ['Postulado, aún sin respuesta', 'Postulado, no hay respuesta'],
    ['Postulado, todavía no hay respuesta', 'Postulado, no hay respuesta'],
    ['Gesolliciteerd, nog geen reactie', 'Gesolliciteerd, geen reactie'],
    ['Candidatura inviata, ancora nessuna risposta', 'Candidatura inviata, nessuna risposta'],
    ['Candidatado, ainda sem resposta', 'Candidatado, sem resposta'],
  ])('reads %j as applied, still waiting, and %j as ghosted', (waiting, noReply) => {
    expect(stageWordWithin(waiting)).toEqual({ phase: 'applied', name: 'Applied' });
    expect(stageWordWithin(noReply)).toEqual({ phase: 'closed', name: 'Ghosted' });
  });

  it('reads a wait for a reply after a later step as that step', () => {
    expect(stageWordWithin('Interview, noch keine Rückmeldung')).toEqual({ phase: 'in-process', name: 'Interviewing' });
    expect(stageWordWithin('Entretien, pas encore de réponse')).toEqual({ phase: 'in-process', name: 'Interviewing' });
  });

  it.each(['Todavía no hay respuesta', 'Aún no hay respuesta', 'No hay respuesta todavía'])(
    'reads %j, no reply yet in Spanish, as applied',
    (status) => {
      expect(stageWordOf(status)).toEqual({ phase: 'applied', name: 'Applied' });
    },
  );

  it.each([
    ['Online tests', 'in-process', 'Online assessment'],
    ['Online test', 'in-process', 'Online assessment'],
    ['Psychometric tests', 'in-process', 'Online assessment'],
    ['Aptitude test', 'in-process', 'Online assessment'],
    ['Online assessments', 'in-process', 'Online assessment'],
    // UK schemes end with the assessment centre: interviews and group exercises on the day.
    ['Assessment centre', 'in-process', 'Final round'],
    ['Assessment center', 'in-process', 'Final round'],
    ['Assessment centres', 'in-process', 'Final round'],
    ['Assessment day', 'in-process', 'Final round'],
    ['Offers', 'offer', 'Offer'],
    ['Rejections', 'closed', 'Rejected'],
    ['Candidatures envoyées', 'applied', 'Applied'],
  ])("reads %j, a UK scheme's stage or a plural, as the phase %s, naming the stage %s", (word, phase, name) => {
    expect(stageWordOf(word)).toEqual({ phase, name });
  });

  it('does not take a word ending in s for a plural it is not', () => {
    expect(stageWordOf('In progress')).toEqual({ phase: 'in-process', name: 'In process' });
    expect(stageWordOf('Status')).toBeNull();
  });

  it('does not guess an unknown word', () => {
    expect(stageWordOf('Pending decision by committee')).toBeNull();
  });

  it('reads phases by their names and by the words that mean them', () => {
    expect(phaseFromWord('In process')).toBe('in-process');
    expect(phaseFromWord('in-process')).toBe('in-process');
    expect(phaseFromWord('CLOSED')).toBe('closed');
    expect(phaseFromWord('Hired')).toBe('accepted');
    expect(phaseFromWord('Soon')).toBeNull();
  });
});

describe('other vocabularies', () => {
  it('maps work modes', () => {
    expect(workModeFromWord('On-site')).toBe('onsite');
    expect(workModeFromWord('Hybrid')).toBe('hybrid');
    expect(workModeFromWord('WFH')).toBe('remote');
    expect(workModeFromWord('Mars')).toBeNull();
  });

  it('reads a work mode written with the places, and only one, and the places without it', () => {
    expect(workModeInLocations(['Seattle, WA (Remote)'])).toEqual({ mode: 'remote', places: ['Seattle, WA'] });
    expect(workModeInLocations(['Remote'])).toEqual({ mode: 'remote', places: [] });
    expect(workModeInLocations(['Remote in USA'])).toEqual({ mode: 'remote', places: ['USA'] });
    expect(workModeInLocations(['Remote - Canada', 'Toronto, ON'])).toEqual({
      mode: 'remote',
      places: ['Canada', 'Toronto, ON'],
    });
    expect(workModeInLocations(['New York, NY - Hybrid'])).toEqual({ mode: 'hybrid', places: ['New York, NY'] });
    expect(workModeInLocations(['Austin, TX | On-site'])).toEqual({ mode: 'onsite', places: ['Austin, TX'] });
    // The place in brackets after the mode, and the modes as French, Spanish and German sheets write them.
    expect(workModeInLocations(['Remote (UK)'])).toEqual({ mode: 'remote', places: ['UK'] });
    expect(workModeInLocations(['Paris (télétravail)'])).toEqual({ mode: 'remote', places: ['Paris'] });
    expect(workModeInLocations(['Madrid (híbrido)'])).toEqual({ mode: 'hybrid', places: ['Madrid'] });
    expect(workModeInLocations(['Lyon (présentiel)'])).toEqual({ mode: 'onsite', places: ['Lyon'] });
    expect(workModeInLocations(['Berlin (Homeoffice)'])).toEqual({ mode: 'remote', places: ['Berlin'] });
    // Working from home, as the posting parser and a Work mode column read it (tester31's "Work from home").
    expect(workModeInLocations(['Work from home'])).toEqual({ mode: 'remote', places: [] });
    expect(workModeInLocations(['WFH'])).toEqual({ mode: 'remote', places: [] });
    expect(workModeInLocations(['work from home / remote'])).toEqual({ mode: 'remote', places: [] });
    expect(workModeInLocations(['Pune (Work from home)'])).toEqual({ mode: 'remote', places: ['Pune'] });
    expect(workModeInLocations(['Working from home - India'])).toEqual({ mode: 'remote', places: ['India'] });
    expect(workModeInLocations(['Boston (Hybrid)', 'Remote'])).toBeNull();
    expect(workModeInLocations(['Remote / Hybrid'])).toBeNull();
    // The UK's Home Office is a place of work, not working from home.
    expect(workModeInLocations(['Home Office, London'])).toBeNull();
    // A place whose name holds the word, and a word inside a sentence, state no mode.
    expect(workModeInLocations(['Remoteville, OR', 'Hybrid Cloud Campus, Armonk'])).toBeNull();
    expect(workModeInLocations(['Chicago, IL', 'London'])).toBeNull();
  });

  it('maps employment types', () => {
    expect(employmentTypeFromWord('Intern')).toBe('internship');
    expect(employmentTypeFromWord('Co-op')).toBe('co-op');
    expect(employmentTypeFromWord('Full time')).toBe('full-time');
  });

  // tester36: a UK tracker's Type column (Placement year, Spring week, Summer internship) went to notes.
  it.each([
    ['Placement year', 'co-op'],
    ['Industrial placement', 'co-op'],
    ['Year in industry', 'co-op'],
    ['Spring week', 'internship'],
    ['Insight programme', 'internship'],
    ['Summer placement', 'internship'],
    ['Graduate scheme', 'full-time'],
  ])('maps the UK kind of role %j', (word, type) => {
    expect(employmentTypeFromWord(word)).toBe(type);
  });

  it('maps answers about visa sponsorship, labels included', () => {
    expect(sponsorshipFromWord('Yes')).toBe('offers');
    expect(sponsorshipFromWord('H-1B')).toBe('offers');
    expect(sponsorshipFromWord('Offers visa sponsorship')).toBe('offers');
    expect(sponsorshipFromWord('no')).toBe('does-not-offer');
    expect(sponsorshipFromWord('US citizens only')).toBe('citizenship-required');
    expect(sponsorshipFromWord('?')).toBe('unknown');
    expect(sponsorshipFromWord('Ask HR')).toBeNull();
  });

  it('takes dashes and N/A for empty cells', () => {
    expect(['', ' - ', '—', 'N/A', 'n/a', 'NA', 'n.a.'].map(isBlankCell)).toEqual([
      true,
      true,
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(['None', '0', 'TBD'].map(isBlankCell)).toEqual([false, false, false]);
  });
});

describe('excitement', () => {
  const read = (text: string, scale: 5 | 10 = 5) => excitementFromCell(text, scale);

  it('reads 1–5 as it is and 0 as not rated', () => {
    expect(['1', '3', '5', '4.0'].map((t) => read(t)?.value)).toEqual([1, 3, 5, 4]);
    expect(read('0')).toEqual({ value: null, fromWord: false });
    expect(read('6')).toBeNull();
  });

  it('reads 1–10 onto 1–5, rounding up', () => {
    expect(['1', '2', '3', '6', '7', '9', '10'].map((t) => read(t, 10)?.value)).toEqual([1, 1, 2, 3, 4, 5, 5]);
    expect(read('11', 10)).toBeNull();
  });

  it('reads ratings that say their scale, whatever the column', () => {
    expect(read('8/10')?.value).toBe(4);
    expect(read('4 out of 5', 10)?.value).toBe(4);
    expect(read('★★★☆☆', 10)?.value).toBe(3);
    expect(read('★★★★★★★☆☆☆')?.value).toBe(4);
    expect(read('★★★★')?.value).toBe(4);
  });

  it('reads words, and says they were words', () => {
    expect(read('High')).toEqual({ value: 5, fromWord: true });
    expect(read('medium')).toEqual({ value: 3, fromWord: true });
    expect(read('low')).toEqual({ value: 1, fromWord: true });
    expect(read('Very excited!')).toEqual({ value: 5, fromWord: true });
    expect(read('Love it')).toBeNull();
  });

  it('finds a column that goes up to 10', () => {
    expect(detectExcitementScale(['3', '5', '', '4'])).toBe(5);
    expect(detectExcitementScale(['3', '8', 'high'])).toBe(10);
    expect(detectExcitementScale(['★★★★★★★'])).toBe(10);
    expect(detectExcitementScale(['3', '40'])).toBe(5);
  });
});

describe('yes and no as spreadsheets write them in other languages', () => {
  // Excel and LibreOffice write a TRUE/FALSE cell in the sheet's language when saving as CSV.
  it.each([
    ['WAHR', 'FALSCH'],
    ['VRAI', 'FAUX'],
    ['VERDADERO', 'FALSO'],
    ['VERO', 'FALSO'],
    ['VERDADEIRO', 'FALSO'],
    ['WAAR', 'ONWAAR'],
    ['PRAWDA', 'FAŁSZ'],
    ['SANT', 'FALSKT'],
    ['Ja', 'Nein'],
    ['Oui', 'Non'],
    ['Sí', 'No'],
    ['Sim', 'Não'],
    ['Tak', 'Nie'],
    ['Ja', 'Nee'],
    ['Ja', 'Nej'],
  ])('reads %j as yes and %j as no', (yes, no) => {
    expect([isYesWord(yes), isNoWord(yes), isYesWord(no), isNoWord(no)]).toEqual([true, false, false, true]);
  });
});
