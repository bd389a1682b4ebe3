import { matchRoutes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { paths } from '../../src/config/paths';

describe('paths', () => {
  it('builds links that the router matches to the same screen, with the id given', () => {
    const id = 'a/b c?#%';
    for (const { path, href } of Object.values(paths)) {
      const link = href(id).split('#')[0]!;
      // matchRoutes decodes the link the way the router does.
      const [match] = matchRoutes([{ path }], link) ?? [];
      expect(match?.route.path, link).toBe(path);
      const param = /:(\w+)/.exec(path)?.[1];
      if (param) expect(match?.params[param]).toBe(id);
    }
  });

  it('URL-encodes ids, so an id cannot reach another route', () => {
    expect(paths.team.href('x/hires/new')).toBe('/teams/x%2Fhires%2Fnew');
    expect(paths.hirePlan.href('a b')).toBe('/hires/a%20b/plan');
  });

  it('links to a section of the guide or the about page', () => {
    expect(paths.guide.href('illness')).toBe('/guide#illness');
    expect(paths.guide.href()).toBe('/guide');
    expect(paths.about.href('sources')).toBe('/about#sources');
  });
});
