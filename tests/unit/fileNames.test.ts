import { describe, expect, it } from 'vitest';
import { accessLogFileName, fileNameSlug } from '../../src/domain/fileNames';

describe('fileNameSlug', () => {
  it('drops accents instead of splitting the word', () => {
    expect(fileNameSlug('Renée')).toBe('renee');
    expect(fileNameSlug('José Müller')).toBe('jose-muller');
  });

  it('spells out the Danish letters, in either case and however they were typed', () => {
    expect(fileNameSlug('Søren Æblø')).toBe('soeren-aebloe');
    expect(fileNameSlug('Åberg')).toBe('aaberg');
    expect(fileNameSlug('A\u030Aberg')).toBe('aaberg');
  });

  it('keeps only letters, digits and single dashes, without dashes at the ends', () => {
    expect(fileNameSlug(' Team 2 / Nord! ')).toBe('team-2-nord');
    expect(fileNameSlug('***')).toBe('');
  });

  it('cuts long names to 40 characters without leaving a dash at the end', () => {
    const slug = fileNameSlug(`${'a'.repeat(39)} bcd`);
    expect(slug).toBe('a'.repeat(39));
  });
});

describe('accessLogFileName', () => {
  it('names the hire and the day', () => {
    expect(accessLogFileName('2027-12-01', 'Søs Ærø')).toBe(
      'godt-begyndt-adgangslog-soes-aeroe-2027-12-01.csv',
    );
  });

  it('leaves out a name with nothing usable', () => {
    expect(accessLogFileName('2027-12-01', '***')).toBe('godt-begyndt-adgangslog-2027-12-01.csv');
  });
});
