import { create } from 'zustand';

interface AppUpdateState {
  /** Set when a new version of the app has been downloaded: activates it and reloads. */
  applyUpdate: (() => void) | null;
  setApplyUpdate: (applyUpdate: (() => void) | null) => void;
}

export const useAppUpdate = create<AppUpdateState>((set) => ({
  applyUpdate: null,
  setApplyUpdate: (applyUpdate) => set({ applyUpdate }),
}));
