import { Component, type ReactNode } from 'react';
import { RouteError } from './RouteError';

interface Props {
  children: ReactNode;
  /** Offer the way to the overview (not in the peer's shared view, which has no way in). */
  homeLink?: boolean;
}

/**
 * Shows RouteError instead of a blank page when a screen fails to load (a chunk that cannot
 * be fetched) or to render. The layout keys it by path, so moving to another screen resets it.
 */
export class ScreenErrorBoundary extends Component<Props, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  componentDidCatch(error: unknown) {
    console.error(error);
  }

  render() {
    const { children, homeLink = true } = this.props;
    return this.state.failed ? <RouteError homeLink={homeLink} /> : children;
  }
}
