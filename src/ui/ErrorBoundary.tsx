import { Component, type ErrorInfo, type ReactNode } from 'react';
import { translate, type Lang } from '../i18n/index.ts';

interface Props {
  lang: Lang;
  children: ReactNode;
  /** Changing it clears a caught error (e.g. on navigation or a new dataset). */
  resetKey?: string;
}
interface State {
  error: Error | null;
  key: string | undefined;
}

/** Keeps a failing part from blanking the screen: the rest of the page stays. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, key: this.props.resetKey };

  static getDerivedStateFromError(error: Error): Partial<State> {
    return { error };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey !== state.key ? { error: null, key: props.resetKey } : null;
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.warn('render error contained', error, info.componentStack);
  }

  override render() {
    if (this.state.error) {
      return (
        <div className="panel-error" role="alert">
          {translate(this.props.lang, 'error.render', { detail: this.state.error.message })}
        </div>
      );
    }
    return this.props.children;
  }
}
