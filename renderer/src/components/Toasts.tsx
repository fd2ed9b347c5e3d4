import { useEffect } from 'react';
import { showError, useToastStore, type Toast } from '../state/toastStore';

const VISIBLE_MS = 8_000;

function ToastItem({ toast }: { toast: Toast }) {
  const dismiss = useToastStore((s) => s.toastDismissed);
  useEffect(() => {
    // Errors stay until dismissed; they may need reading twice.
    if (toast.tone === 'error') return;
    const timer = setTimeout(() => dismiss(toast.id), VISIBLE_MS);
    return () => clearTimeout(timer);
  }, [toast, dismiss]);

  return (
    <div className={`toast toast-${toast.tone}`} role={toast.tone === 'error' ? 'alert' : 'status'}>
      <span>{toast.message}</span>
      {toast.action && (
        <button
          type="button"
          className="link-button"
          onClick={async () => {
            dismiss(toast.id);
            try {
              await toast.action!.run();
            } catch (error) {
              showError(error);
            }
          }}
        >
          {toast.action.label}
        </button>
      )}
      <button type="button" className="icon-button" aria-label="Dismiss message" onClick={() => dismiss(toast.id)}>
        ×
      </button>
    </div>
  );
}

export function Toasts() {
  const toasts = useToastStore((s) => s.toasts);
  return (
    <div className="toasts" aria-live="polite">
      {toasts.map((toast) => (
        <ToastItem key={toast.id} toast={toast} />
      ))}
    </div>
  );
}
