import daAbout from './da/about.json';
import daAccessibility from './da/accessibility.json';
import daChecklists from './da/checklists.json';
import daCommon from './da/common.json';
import daHire from './da/hire.json';
import daOverview from './da/overview.json';
import daSettings from './da/settings.json';
import daTeam from './da/team.json';
import enAbout from './en/about.json';
import enAccessibility from './en/accessibility.json';
import enChecklists from './en/checklists.json';
import enCommon from './en/common.json';
import enHire from './en/hire.json';
import enOverview from './en/overview.json';
import enSettings from './en/settings.json';
import enTeam from './en/team.json';

/** Danish is the source of truth for keys; English must have the same shape. */
export const da = {
  common: daCommon,
  overview: daOverview,
  team: daTeam,
  hire: daHire,
  checklists: daChecklists,
  settings: daSettings,
  about: daAbout,
  accessibility: daAccessibility,
};

export const en: typeof da = {
  common: enCommon,
  overview: enOverview,
  team: enTeam,
  hire: enHire,
  checklists: enChecklists,
  settings: enSettings,
  about: enAbout,
  accessibility: enAccessibility,
};

export const resources = { da, en };
