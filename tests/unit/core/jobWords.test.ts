// The words that name a kind of work, in English and in the languages postings come in.
import { describe, expect, it } from 'vitest';
import { JOB_WORD } from '@shared/jobWords';

describe('JOB_WORD', () => {
  it.each([
    'Software Engineering Intern',
    'Werkstudent Data',
    'Softwareentwickler (m/w/d)',
    'Stage - Développeur Backend (H/F)',
    'Ingénieure data',
    'Chargé de projet coopération',
    "Chargée d'études",
    'Desarrollador junior',
  ])('names a kind of work in %j', (text) => {
    expect(JOB_WORD.test(text)).toBe(true);
  });

  it.each(['Frais chargés', 'Coopération internationale', 'Acme Robotics'])(
    'names none in %j (a word inside a longer one does not count)',
    (text) => {
      expect(JOB_WORD.test(text)).toBe(false);
    },
  );
});
