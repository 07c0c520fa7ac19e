import { create } from 'zustand';

/**
 * Whether the web host still lets this tab in. It stops when the host restarts (its sessions
 * live in memory) or the browser lost the session cookie; the tab then needs the new address.
 */
interface AccessState {
  lost: boolean;
  setLost: (lost: boolean) => void;
}

export const useAccess = create<AccessState>((set) => ({
  lost: false,
  setLost: (lost) => set({ lost }),
}));

export const reportAccessLost = () => useAccess.getState().setLost(true);
