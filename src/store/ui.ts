import { create } from 'zustand';

export type Language = 'da' | 'en';
export const LANGUAGES: readonly Language[] = ['da', 'en'];
const LANGUAGE_KEY = 'godt-begyndt.language';

export type ToastKind = 'success' | 'error' | 'info';

export interface Toast {
  id: number;
  kind: ToastKind;
  /** A translation key (common namespace) and its values, so a toast follows the language. */
  messageKey: string;
  values?: Record<string, string>;
  action?: { labelKey: string; run: () => void };
  /** A new toast of the same group replaces the shown one (e.g. only the latest removal's undo). */
  group?: string;
}

/** Why the database cannot be used right now, if it cannot. */
export type DbProblem = null | 'outdated' | 'unavailable' | 'blocked';

interface UiState {
  language: Language;
  toasts: Toast[];
  dbProblem: DbProblem;
  setLanguage: (language: Language) => void;
  showToast: (toast: Omit<Toast, 'id'>) => number;
  dismissToast: (id: number) => void;
  setDbProblem: (problem: DbProblem) => void;
}

function storedLanguage(): Language {
  try {
    const saved = localStorage.getItem(LANGUAGE_KEY);
    return saved === 'en' ? 'en' : 'da';
  } catch {
    return 'da';
  }
}

let nextToastId = 1;

export const useUiStore = create<UiState>((set) => ({
  language: storedLanguage(),
  toasts: [],
  dbProblem: null,
  setLanguage: (language) => {
    try {
      localStorage.setItem(LANGUAGE_KEY, language);
    } catch {
      // Private mode without storage: the choice lasts for this visit only.
    }
    set({ language });
  },
  showToast: (toast) => {
    const id = nextToastId++;
    set((state) => {
      const others = state.toasts.filter((shown) => !toast.group || shown.group !== toast.group);
      return { toasts: [...others.slice(-3), { ...toast, id }] };
    });
    return id;
  },
  dismissToast: (id) => set((state) => ({ toasts: state.toasts.filter((t) => t.id !== id) })),
  setDbProblem: (dbProblem) => set({ dbProblem }),
}));
