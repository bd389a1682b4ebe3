import type { ReactNode } from 'react';

export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="empty-state">
      <h3 className="h4">{title}</h3>
      {children}
    </div>
  );
}
