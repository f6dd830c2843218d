/** The counter clerk's workspace: intake at the post office with a barcode scanner, receipts, scans, hand-overs. */
import type { WorkspaceProps } from '../workspace.js';
import { PostalWorkspace } from './PostalWorkspace.js';

export function CounterWorkspace(props: WorkspaceProps) {
  return <PostalWorkspace {...props} mode="counter" />;
}
