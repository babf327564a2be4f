import { Component, type ReactNode } from 'react';

interface Props {
  /** What to show when the children fail (for the editor: the plain text editor). */
  readonly fallback: ReactNode;
  readonly onError: () => void;
  readonly children: ReactNode;
}

interface State {
  readonly failed: boolean;
}

/**
 * Shows the fallback when the code editor's chunk cannot load (offline, a failed deployment) or
 * the editor fails to start: the text stays editable either way.
 */
export class EditorErrorBoundary extends Component<Props, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidCatch(): void {
    this.props.onError();
  }

  override render(): ReactNode {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
