import type { ReactNode } from 'react';
import { Link } from 'react-router';

/** The link above a screen's heading back to where it belongs (a team, a hire); not printed. */
export function BackLink({ to, children }: { to: string; children: ReactNode }) {
  return (
    <p className="breadcrumb-back no-print">
      <Link to={to}>{children}</Link>
    </p>
  );
}
