import type { Locator, Page } from 'playwright-core';

/** True when the element has focus and its top is inside the viewport. */
function focusedInView(heading: Locator): Promise<boolean> {
  return heading.evaluate(
    (el) =>
      el === document.activeElement &&
      el.getBoundingClientRect().top >= 0 &&
      el.getBoundingClientRect().top < window.innerHeight,
  );
}

/** The guide (/guide): its sections and its search. */
export class GuidePage {
  constructor(private readonly page: Page) {}

  async search(text: string) {
    await this.page.getByRole('searchbox', { name: 'Søg i guiden' }).fill(text);
  }

  noHits(): Locator {
    return this.page.getByText(/Ingen afsnit passer/);
  }

  /** True when the section's heading has focus and is in view. */
  sectionInFocus(heading: string): Promise<boolean> {
    return focusedInView(this.page.getByRole('heading', { name: heading }));
  }
}

/** The team-day worksheet (/teams/:teamId/worksheet): questions answered in text fields. */
export class WorksheetPage {
  constructor(private readonly page: Page) {}

  /** The answer field of the question that matches `question`. */
  answer(question: RegExp): Locator {
    return this.page.getByLabel(question);
  }

  /** What the printout shows for a question not answered. */
  notAnswered(): Locator {
    return this.page.getByText('Ikke besvaret endnu.');
  }

  /** The printout's credit to the guide. */
  credit(): Locator {
    return this.page.getByText(
      /^Spørgsmålene bygger på guiden.*Peer-Partnerskabet \(2025\), CC BY-NC 4\.0/,
    );
  }

  async backToTeam() {
    await this.page.getByRole('link', { name: /^Tilbage til/ }).click();
  }
}
