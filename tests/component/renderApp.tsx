import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, useLocation, type Location } from 'react-router';
import { initI18n } from '../../src/app/i18n';
import { AppRoutes } from '../../src/app/router';

const i18n = initI18n();

/** Renders the whole app at a route, as a user would meet it. */
export async function renderApp(path = '/') {
  await i18n.changeLanguage('da');
  let location: Location | undefined;
  function LocationProbe() {
    location = useLocation();
    return null;
  }
  const user = userEvent.setup();
  const view = render(
    <MemoryRouter initialEntries={[path]}>
      <AppRoutes />
      <LocationProbe />
    </MemoryRouter>,
  );
  /** Where the app is now (after any navigation). */
  const currentLocation = () => location;
  return { ...view, user, currentLocation };
}
