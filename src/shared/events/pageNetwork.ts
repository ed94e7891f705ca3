// The page going online or offline, as a `network:change` event. Both bridges use it: Electron's main
// process has no network-change event, and the desktop renderer is a page like any other.

/** The part of a window this needs (a Window, or the preload's view of it). */
export interface PageNetworkEvents {
  addEventListener(type: 'online' | 'offline', listener: () => void): void;
  removeEventListener(type: 'online' | 'offline', listener: () => void): void;
}

export function watchPageNetwork(page: PageNetworkEvents, emit: (name: 'network:change', payload: { online: boolean }) => void): () => void {
  const online = () => emit('network:change', { online: true });
  const offline = () => emit('network:change', { online: false });
  page.addEventListener('online', online);
  page.addEventListener('offline', offline);
  return () => {
    page.removeEventListener('online', online);
    page.removeEventListener('offline', offline);
  };
}
