import daAbout from './da/about.json';
import daCalendar from './da/calendar.json';
import daBackup from './da/backup.json';
import daAccessibility from './da/accessibility.json';
import daChecklists from './da/checklists.json';
import daCommon from './da/common.json';
import daGuide from './da/guide.json';
import daHire from './da/hire.json';
import daOverview from './da/overview.json';
import daReferral from './da/referral.json';
import daPlan from './da/plan.json';
import daSettings from './da/settings.json';
import daStatus from './da/status.json';
import daTalks from './da/talks.json';
import daTeam from './da/team.json';
import daWorksheet from './da/worksheet.json';
import daSync from './da/sync.json';
import daPrivacy from './da/privacy.json';
import enAbout from './en/about.json';
import enCalendar from './en/calendar.json';
import enBackup from './en/backup.json';
import enAccessibility from './en/accessibility.json';
import enChecklists from './en/checklists.json';
import enCommon from './en/common.json';
import enGuide from './en/guide.json';
import enHire from './en/hire.json';
import enOverview from './en/overview.json';
import enReferral from './en/referral.json';
import enPlan from './en/plan.json';
import enSettings from './en/settings.json';
import enStatus from './en/status.json';
import enTalks from './en/talks.json';
import enTeam from './en/team.json';
import enWorksheet from './en/worksheet.json';
import enSync from './en/sync.json';
import enPrivacy from './en/privacy.json';

/**
 * Every namespace in both languages, for types and tests. The app itself bundles only
 * `common` and loads the rest per screen (src/app/i18n.ts).
 * Danish is the source of truth for keys; English must have the same shape.
 */
export const da = {
  common: daCommon,
  overview: daOverview,
  team: daTeam,
  hire: daHire,
  checklists: daChecklists,
  settings: daSettings,
  about: daAbout,
  talks: daTalks,
  status: daStatus,
  calendar: daCalendar,
  worksheet: daWorksheet,
  referral: daReferral,
  backup: daBackup,
  plan: daPlan,
  accessibility: daAccessibility,
  guide: daGuide,
  sync: daSync,
  privacy: daPrivacy,
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
  status: enStatus,
  calendar: enCalendar,
  worksheet: enWorksheet,
  referral: enReferral,
  backup: enBackup,
  plan: enPlan,
  accessibility: enAccessibility,
  guide: enGuide,
  sync: enSync,
  privacy: enPrivacy,
};

export const resources = { da, en };
