import daAbout from './da/about.json';
import daChecklists from './da/checklists.json';
import daCommon from './da/common.json';
import daHire from './da/hire.json';
import daOverview from './da/overview.json';
import daPlan from './da/plan.json';
import daSettings from './da/settings.json';
import daTalks from './da/talks.json';
import daTeam from './da/team.json';
import enAbout from './en/about.json';
import enChecklists from './en/checklists.json';
import enCommon from './en/common.json';
import enHire from './en/hire.json';
import enOverview from './en/overview.json';
import enPlan from './en/plan.json';
import enSettings from './en/settings.json';
import enTalks from './en/talks.json';
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
  talks: daTalks,
  plan: daPlan,
};

export const en: typeof da = {
  common: enCommon,
  overview: enOverview,
  team: enTeam,
  hire: enHire,
  checklists: enChecklists,
  settings: enSettings,
  about: enAbout,
  talks: enTalks,
  plan: enPlan,
};

export const resources = { da, en };
