// The window never navigates away from the app or opens new windows; links go to openExternal, which
// opens only the allowed ones in the system browser (externalLinks.ts).
import type { WebContents } from 'electron';
import { isAppUrl, type AppOrigin } from './appOrigin';

export function lockNavigation(
  contents: Pick<WebContents, 'on' | 'setWindowOpenHandler'>,
  origin: AppOrigin,
  openExternal: (url: string) => void,
): void {
  contents.on('will-navigate', (event) => {
    if (!isAppUrl(event.url, origin)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url, origin)) event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    openExternal(url);
    return { action: 'deny' };
  });
}
