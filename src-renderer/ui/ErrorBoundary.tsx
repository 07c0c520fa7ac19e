import { Component, type ReactNode } from 'react';
import { i18next } from './i18n';

interface State {
  failed: boolean;
}

/**
 * One per screen: a crash shows a Dutch message with a way back instead of a white page. The
 * error itself is not shown or logged: it may quote a record.
 */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <div role="alert" className="fatal">
        <h1>{i18next.t('errors.screenTitle')}</h1>
        <p>{i18next.t('errors.screenBody')}</p>
        <div className="form-actions">
          <button
            type="button"
            className="button primary"
            onClick={() => this.setState({ failed: false })}
          >
            {i18next.t('errors.retry')}
          </button>
          <a
            className="button"
            href="#/kandidaten"
            onClick={() => this.setState({ failed: false })}
          >
            {i18next.t('errors.back')}
          </a>
        </div>
      </div>
    );
  }
}
