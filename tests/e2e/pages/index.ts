import type { Page } from 'playwright-core';
import { CalendarPage } from './calendar';
import { GuidePage, WorksheetPage } from './guide';
import { HireForm, HirePage } from './hire';
import { OverviewPage } from './overview';
import { PlanPage } from './plan';
import { BackupPage, SettingsPage } from './settings';
import { AppShell } from './shell';
import { StatusPage } from './status';
import { JoinPage, SyncPart } from './sync';
import { TeamPage } from './team';

/**
 * The app's screens as the browser tests use them: each holds its Danish labels and what a
 * user does there, so a changed label is changed in one place. One set per browser page.
 */
export function appPages(page: Page) {
  return {
    shell: new AppShell(page),
    overview: new OverviewPage(page),
    team: new TeamPage(page),
    hireForm: new HireForm(page),
    hire: new HirePage(page),
    plan: new PlanPage(page),
    calendar: new CalendarPage(page),
    status: new StatusPage(page),
    settings: new SettingsPage(page),
    backup: new BackupPage(page),
    guide: new GuidePage(page),
    worksheet: new WorksheetPage(page),
    sync: new SyncPart(page),
    join: new JoinPage(page),
  };
}

export type { NewHire } from './hire';
export { TALKS } from './plan';
