import { render, screen, waitFor } from '@testing-library/react';
import { Component, type ComponentType, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it, vi } from 'vitest';
import { lazyComponent, useLoaded, type LazyComponent } from '../../src/lib/lazyComponent';

function Cards({ cards: TeamCards }: { cards: LazyComponent<object> }) {
  const ready = useLoaded(TeamCards, true);
  return ready ? <TeamCards /> : <p>Indlæser</p>;
}

class Boundary extends Component<{ children: ReactNode }, { error: string | null }> {
  state = { error: null };
  static getDerivedStateFromError(error: Error) {
    return { error: error.message };
  }
  render() {
    return this.state.error ? <p>Fejl: {this.state.error}</p> : this.props.children;
  }
}

describe('lazyComponent', () => {
  it('renders at once, without suspending, once its code has been loaded', async () => {
    const Hello = lazyComponent(() => Promise.resolve(() => <p>Hej</p>));
    await Hello.preload();
    render(<Hello />);
    expect(screen.getByText('Hej')).toBeInTheDocument();
  });

  it('is shown by useLoaded when it has arrived, loading it only once', async () => {
    const load = vi.fn(() => Promise.resolve(() => <p>Kortene</p>));
    const cards = lazyComponent(load);
    render(<Cards cards={cards} />);
    expect(screen.getByText('Indlæser')).toBeInTheDocument();
    expect(await screen.findByText('Kortene')).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('hands a failed load to the error boundary instead of loading forever', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const cards = lazyComponent<object>(() => Promise.reject(new Error('chunk missing')));
    render(
      <Boundary>
        <Cards cards={cards} />
      </Boundary>,
    );
    expect(await screen.findByText('Fejl: chunk missing')).toBeInTheDocument();
  });

  it('is shown when loading started elsewhere ends between its render and its effect', async () => {
    let arrive: (component: ComponentType) => void = () => {};
    const TeamCards = lazyComponent<object>(() => new Promise((resolve) => (arrive = resolve)));
    void TeamCards.preload(); // As the overview does while it reads the hires.
    function Page() {
      const ready = useLoaded(TeamCards, true);
      // The code arrives right after this render, before React runs the render's effects.
      if (!ready) arrive(() => <p>Kortene</p>);
      return ready ? <TeamCards /> : <p>Indlæser</p>;
    }
    // Outside act(), React runs effects in a later task, as in the browser.
    const reactGlobals = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
    const actEnvironment = reactGlobals.IS_REACT_ACT_ENVIRONMENT;
    reactGlobals.IS_REACT_ACT_ENVIRONMENT = false;
    const container = document.body.appendChild(document.createElement('div'));
    const root = createRoot(container);
    try {
      root.render(<Page />);
      await waitFor(() => expect(container).toHaveTextContent('Kortene'));
    } finally {
      root.unmount();
      reactGlobals.IS_REACT_ACT_ENVIRONMENT = actEnvironment;
    }
  });
});
