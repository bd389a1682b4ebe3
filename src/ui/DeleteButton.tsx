import { useState } from 'react';
import { ConfirmDialog } from './ConfirmDialog';

interface DeleteButtonProps {
  label: string;
  title: string;
  body: string;
  confirmLabel: string;
  onConfirm: () => void;
}

/**
 * A destructive action that asks first, in a modal dialog. In a row of buttons it stands apart,
 * at the row's end, so it is not hit instead of its neighbours.
 */
export function DeleteButton({ label, title, body, confirmLabel, onConfirm }: DeleteButtonProps) {
  const [asking, setAsking] = useState(false);
  return (
    <>
      <button
        type="button"
        className="button button-secondary button-danger-outline delete-button"
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
