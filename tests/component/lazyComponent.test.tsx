import { render, screen } from '@testing-library/react';
import { Component, type ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { lazyComponent, useLoaded, type LazyComponent } from '../../src/ui/lazyComponent';

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
});
