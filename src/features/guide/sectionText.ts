import type { TFunction } from 'i18next';
import type { GuideSectionId } from '../../domain/guide';

/** A paragraph, or a list of points. */
export type GuideBlock = string | string[];

export interface GuideSectionText {
  title: string;
  body: GuideBlock[];
  askYourself?: string;
}

/** One section's text in the chosen language (the guide namespace must be loaded). */
export function sectionText(t: TFunction<'guide'>, id: GuideSectionId): GuideSectionText {
  return t(`sections.${id}`, { returnObjects: true }) as GuideSectionText;
}

/** Everything a search can match in a section: title, paragraphs, points, question. */
export function searchableTexts(section: GuideSectionText): string[] {
  return [section.title, ...section.body.flat(), section.askYourself ?? ''];
}
