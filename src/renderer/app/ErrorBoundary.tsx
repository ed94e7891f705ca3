// Last line of defence for the window: a rendering fault shows what happened and a way back instead
// of a blank window in the middle of an agent's shift. Calls live outside React and are unaffected.
import { Component, type ReactNode } from 'react';
import i18next from 'i18next';

interface State {
  message: string | null;
}

export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { message: null };

  static getDerivedStateFromError(error: unknown): State {
    return { message: error instanceof Error ? error.message : String(error) };
  }

  override componentDidCatch(error: unknown): void {
    console.error('Switchboard: the window failed to render', error);
  }

  override render(): ReactNode {
    if (this.state.message === null) return this.props.children;
    return (
      <main className="loading">
        <p role="alert">{i18next.t('app.renderFailed', { message: this.state.message })}</p>
        <button type="button" onClick={() => location.reload()}>{i18next.t('app.reload')}</button>
      </main>
    );
  }
}
