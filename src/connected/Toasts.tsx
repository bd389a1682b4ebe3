import { useTranslation } from 'react-i18next';
import { useUiStore } from '../store/ui';

/** Messages about writes; errors are announced assertively and stay until dismissed. */
export function Toasts() {
  const { t } = useTranslation();
  const toasts = useUiStore((s) => s.toasts);
  const dismiss = useUiStore((s) => s.dismissToast);
  return (
    <div className="toasts" aria-live="polite">
      {toasts.map((toast) => (
        <div
          key={toast.id}
          className={`toast-box toast-box--${toast.kind}`}
          role={toast.kind === 'error' ? 'alert' : 'status'}
        >
          <p>{t(toast.messageKey as never, toast.values)}</p>
          {toast.action && (
            <button
              type="button"
              className="button button-secondary"
              onClick={() => {
                toast.action?.run();
                dismiss(toast.id);
              }}
            >
              {t(toast.action.labelKey as never)}
            </button>
          )}
          <button
            type="button"
            className="button button-tertiary"
            onClick={() => dismiss(toast.id)}
          >
            {t('actions.close')}
          </button>
        </div>
      ))}
    </div>
  );
}
