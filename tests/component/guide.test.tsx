import { screen, waitFor, within } from '@testing-library/react';
import i18n from 'i18next';
import { describe, expect, it } from 'vitest';
import { hireFixture } from './fixtures';
import { renderApp } from './renderApp';

const sectionHeadings = () => screen.queryAllByRole('heading', { level: 3 });

describe('guide', () => {
  it.each([
    ['hires', /peer-uddannelse er sat i kalenderen/, 'peer-education', /peer-uddannelse\?/],
    ['hires', /særlige hensyn/, 'illness', /bliver syg\?/],
    ['hires', /funktionsbeskrivelse/, 'qualifications', /kvalifikationer/],
    ['teams', /teamdag om peer-støtte/, 'team-worries', /Typiske bekymringer/],
  ] as const)(
    'opens the section that explains a %s checklist item (%s)',
    async (owner, item, sectionId, sectionTitle) => {
      const { team, hire } = await hireFixture();
      const { user, currentLocation } = await renderApp(
        owner === 'hires' ? `/hires/${hire.id}` : `/teams/${team.id}`,
      );
      const row = (await screen.findByRole('checkbox', { name: item })).closest('li')!;
      await user.click(within(row).getByText('Mere om punktet'));
      await user.click(within(row).getByRole('link', { name: /^Læs mere i guiden/ }));

      expect(await screen.findByRole('heading', { level: 1, name: 'Guiden' })).toBeInTheDocument();
      expect(currentLocation()?.hash).toBe(`#${sectionId}`);
      const heading = screen.getByRole('heading', { level: 3, name: sectionTitle });
      await waitFor(() => expect(heading).toHaveFocus());
      expect(heading.closest('section')).toHaveAttribute('id', sectionId);
    },
  );

  it('narrows the sections as you type in the search field, and widens them again', async () => {
    const { user } = await renderApp('/guide');
    const search = await screen.findByRole('searchbox', { name: 'Søg i guiden' });
    expect(sectionHeadings()).toHaveLength(11);

    await user.type(search, 'diagnose');
    expect(sectionHeadings().map((h) => h.textContent)).toEqual([
      'Hvor meget må vi spørge til diagnose og sygdomshistorie?',
    ]);
    expect(screen.getByRole('status')).toHaveTextContent('1 af 11 afsnit passer');

    await user.clear(search);
    await user.type(search, 'Gillard');
    expect(sectionHeadings().map((h) => h.textContent)).toEqual([
      'Skal jeg være bekymret for, at min peer-kollega bliver syg?',
      'Hvad gør jeg, hvis jeg ser symptomer hos peer-medarbejderen?',
    ]);

    await user.type(search, ' ingenting-her');
    expect(sectionHeadings()).toHaveLength(0);
    expect(screen.getByRole('status')).toHaveTextContent(
      'Ingen afsnit passer til »Gillard ingenting-her«',
    );

    await user.clear(search);
    expect(sectionHeadings()).toHaveLength(11);
  });

  it("shows each section's own question to ask yourself, and the five pieces of advice", async () => {
    await renderApp('/guide');
    const diagnosis = await screen.findByRole('region', { name: /diagnose og sygdomshistorie/ });
    expect(diagnosis).toHaveTextContent(/Spørg dig selv:.*peer-medarbejderens egen historie/);
    const advice = screen.getByRole('region', { name: 'Fem gode råd til lederen' });
    expect(within(within(advice).getByRole('list')).getAllByRole('listitem')).toHaveLength(5);
  });

  it('is in English when English is chosen, and is linked from the main menu', async () => {
    const { user } = await renderApp('/');
    await user.click(await screen.findByRole('link', { name: 'Guiden' }));
    await screen.findByRole('heading', { level: 1, name: 'Guiden' });
    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'The guide' })).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { name: 'Five pieces of advice for managers' }),
    ).toBeVisible();
    await i18n.changeLanguage('da');
  });

  it('credits the guide and links to the sources listed on the About page', async () => {
    const { user } = await renderApp('/guide');
    const main = await screen.findByRole('main');
    expect(
      await within(main).findByText(/Peer-Partnerskabet \(2025\).*CC BY-NC 4\.0/),
    ).toBeVisible();
    await user.click(screen.getByRole('link', { name: 'Se kilderne på siden Om' }));
    const sources = await screen.findByRole('heading', { name: 'Kilder' });
    await waitFor(() => expect(sources).toHaveFocus());
    const list = sources.parentElement!.querySelector('ul')!;
    for (const author of ['Korsbek', 'Lerbæk', 'Järvinen', 'Repper', 'Gillard', 'Davidson']) {
      expect(list).toHaveTextContent(author);
    }
    expect(list).toHaveTextContent('Socialstyrelsen (2018)');
    expect(list).toHaveTextContent('Peer-Netværket Danmark (2021)');
  });
});
