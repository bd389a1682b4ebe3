import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { initI18n } from '../../src/app/i18n';
import { routes } from '../../src/app/router';

const i18n = initI18n();

/** Renders the whole app at a route, as a user would meet it. */
export async function renderApp(path = '/') {
  await i18n.changeLanguage('da');
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const user = userEvent.setup();
  const view = render(<RouterProvider router={router} />);
  return { ...view, user, router };
}
