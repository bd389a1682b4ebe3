import { describe, expect, it } from 'vitest';
import { da, en } from '../../locales/resources';
import {
  ONBOARDING_TEMPLATE_IDS,
  SUGGESTED_ONBOARDING_IDS,
  TEAM_TEMPLATE_IDS,
} from '../../src/domain/templates';

function keyPaths(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [prefix];
  return Object.entries(value).flatMap(([key, child]) =>
    keyPaths(child, prefix ? `${prefix}.${key}` : key),
  );
}

describe('locale resources', () => {
  it('has the same keys in Danish and English', () => {
    expect(keyPaths(en).sort()).toEqual(keyPaths(da).sort());
  });

  it('has no empty text in either language', () => {
    const empty = (resources: object) =>
      keyPaths(resources).filter((path) => {
        const text = path
          .split('.')
          .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], resources);
        return typeof text === 'string' && text.trim() === '';
      });
    expect(empty(da)).toEqual([]);
    expect(empty(en)).toEqual([]);
  });

  it('has a title and a help text for every guide item, and peer sentences for onboarding items', () => {
    for (const resources of [da, en]) {
      const { team, onboarding, suggested, peer } = resources.checklists as Record<
        string,
        Record<string, Record<string, string>>
      >;
      for (const id of TEAM_TEMPLATE_IDS) expect(team?.[id]?.title && team[id].help).toBeTruthy();
      for (const id of ONBOARDING_TEMPLATE_IDS)
        expect(onboarding?.[id]?.title && onboarding[id].help).toBeTruthy();
      for (const id of SUGGESTED_ONBOARDING_IDS)
        expect(suggested?.[id]?.title && suggested[id].help).toBeTruthy();
      for (const id of [...ONBOARDING_TEMPLATE_IDS, ...SUGGESTED_ONBOARDING_IDS]) {
        expect(peer?.[id]?.done && peer[id].pending).toBeTruthy();
      }
    }
  });
});
