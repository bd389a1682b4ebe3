/** Letters that Unicode does not take apart, spelled out the Danish way (as in e-mail addresses). */
const SPELLED_OUT: Record<string, string> = { æ: 'ae', ø: 'oe', å: 'aa', ß: 'ss' };

const MAX_LENGTH = 40;

/**
 * A name as a safe, readable piece of a file name: a–z, 0–9 and single dashes, at most
 * 40 characters; '' when nothing is left. "Renée" → "renee", "Søs Ærø" → "soes-aeroe".
 */
export function fileNameSlug(name: string): string {
  return (
    name
      // NFC first, so an "å" typed as "a" + ring is spelled out like a composed one.
      .normalize('NFC')
      .toLowerCase()
      .replace(/[æøåß]/g, (letter) => SPELLED_OUT[letter] ?? letter)
      // NFD splits "é" into "e" and an accent mark; the marks are dropped.
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+/, '')
      .slice(0, MAX_LENGTH)
      .replace(/-+$/, '')
  );
}

/** "godt-begyndt-adgangslog-mk-2027-12-01.csv": the hire and the day it was exported. */
export function accessLogFileName(today: string, hireName: string): string {
  const slug = fileNameSlug(hireName);
  return ['godt-begyndt-adgangslog', slug, today].filter(Boolean).join('-') + '.csv';
}
