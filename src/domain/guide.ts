/** The guide's sections, grouped as on the guide page. Ids are URL anchors: never rename. */
export const GUIDE_GROUPS = [
  { id: 'employment', sections: ['qualifications', 'peer-education', 'hours', 'flexible-hours'] },
  { id: 'collaboration', sections: ['diagnosis', 'communication', 'illness', 'symptoms'] },
  { id: 'team', sections: ['team-worries', 'good-start'] },
  { id: 'managers', sections: ['manager-advice'] },
] as const;

export type GuideSectionId = (typeof GUIDE_GROUPS)[number]['sections'][number];

export const GUIDE_SECTION_IDS: readonly GuideSectionId[] = GUIDE_GROUPS.flatMap(
  (group) => group.sections,
);

function normalise(text: string): string {
  return text.toLocaleLowerCase('da').replace(/\s+/g, ' ');
}

/** The words of a search query, lower-cased; empty when the query is blank. */
export function queryWords(query: string): string[] {
  return normalise(query).split(' ').filter(Boolean);
}

/** True when every word of the query occurs somewhere in the texts (a blank query matches). */
export function textsMatch(texts: readonly string[], query: string): boolean {
  const haystack = normalise(texts.join(' '));
  return queryWords(query).every((word) => haystack.includes(word));
}
