import { useState } from 'react';
import { ConfirmDialog } from './ConfirmDialog';

interface DeleteButtonProps {
  label: string;
  title: string;
  body: string;
  confirmLabel: string;
  onConfirm: () => void;
}

/** A destructive action that asks first, in a modal dialog. */
export function DeleteButton({ label, title, body, confirmLabel, onConfirm }: DeleteButtonProps) {
  const [asking, setAsking] = useState(false);
  return (
    <>
      <button
        type="button"
        className="button button-secondary button-danger-outline"
        onClick={() => setAsking(true)}
      >
        {label}
      </button>
      <ConfirmDialog
        open={asking}
        title={title}
        body={body}
        confirmLabel={confirmLabel}
        onConfirm={() => {
          setAsking(false);
          onConfirm();
        }}
        onCancel={() => setAsking(false)}
      />
    </>
  );
}
