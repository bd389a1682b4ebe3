import { describe, expect, it } from 'vitest';
import daGuide from '../../locales/da/guide.json';
import enGuide from '../../locales/en/guide.json';
import { GUIDE_SECTION_IDS, queryWords, textsMatch } from '../../src/domain/guide';
import {
  GUIDE_SECTION_BY_TEMPLATE,
  ONBOARDING_TEMPLATE_IDS,
  SUGGESTED_ONBOARDING_IDS,
  TEAM_TEMPLATE_IDS,
} from '../../src/domain/templates';

describe('guide search', () => {
  const texts = ['Skal jeg være bekymret for, at min peer-kollega bliver syg?', 'Fravær og stress'];

  it('matches every section when the query is blank', () => {
    expect(textsMatch(texts, '')).toBe(true);
    expect(textsMatch(texts, '   ')).toBe(true);
  });

  it('ignores case and needs every word somewhere in the texts', () => {
    expect(textsMatch(texts, 'SYG')).toBe(true);
    expect(textsMatch(texts, 'syg  stress')).toBe(true);
    expect(textsMatch(texts, 'syg diagnose')).toBe(false);
  });

  it('matches across the texts of one section and inside words', () => {
    expect(textsMatch(texts, 'kollega fravær')).toBe(true);
    expect(textsMatch(texts, 'bekym')).toBe(true);
  });

  it('splits a query into lower-case words', () => {
    expect(queryWords('  Fleksible   TIMER ')).toEqual(['fleksible', 'timer']);
  });
});

describe('links from checklist items to the guide', () => {
  const templateIds: readonly string[] = [
    ...TEAM_TEMPLATE_IDS,
    ...ONBOARDING_TEMPLATE_IDS,
    ...SUGGESTED_ONBOARDING_IDS,
  ];

  it('map only real checklist items to real guide sections', () => {
    for (const [templateId, section] of Object.entries(GUIDE_SECTION_BY_TEMPLATE)) {
      expect(templateIds).toContain(templateId);
      expect(GUIDE_SECTION_IDS).toContain(section);
    }
  });

  it('send the items the issue names to the sections that explain them', () => {
    expect(GUIDE_SECTION_BY_TEMPLATE['training-scheduled']).toBe('peer-education');
    expect(GUIDE_SECTION_BY_TEMPLATE['accommodations']).toBe('illness');
    expect(GUIDE_SECTION_BY_TEMPLATE['function-description']).toBe('qualifications');
    expect(GUIDE_SECTION_BY_TEMPLATE['team-day']).toBe('team-worries');
  });
});

describe('guide texts', () => {
  it('have a title and a body for every section, with the same shape in both languages', () => {
    for (const id of GUIDE_SECTION_IDS) {
      const da = daGuide.sections[id] as { title: string; body: unknown[]; askYourself?: string };
      const en = enGuide.sections[id] as typeof da;
      expect(da.title).not.toBe('');
      expect(en.title).not.toBe('');
      expect(en.body.map(shape)).toEqual(da.body.map(shape));
      expect(Boolean(en.askYourself)).toBe(Boolean(da.askYourself));
    }
  });
});

/** A paragraph is 'p'; a list is its number of points. */
function shape(block: unknown): string | number {
  return Array.isArray(block) ? block.length : 'p';
}
