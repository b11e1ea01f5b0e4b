import { Component, type ReactNode } from 'react';
import i18next from '../i18n/i18n';

/** Keeps a crash in one screen from blanking the app; saved work is untouched. */
export class ErrorBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  state = { error: null as Error | null };
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  render() {
    if (!this.state.error) return this.props.children;
    return (
      <div className="page" role="alert">
        <h1>{i18next.t('app.crashed')}</h1>
        <p>{i18next.t('app.crashedHelp')}</p>
        <pre className="muted small">{this.state.error.message}</pre>
        <button type="button" onClick={() => window.location.reload()}>
          {i18next.t('app.reload')}
        </button>
      </div>
    );
  }
}
