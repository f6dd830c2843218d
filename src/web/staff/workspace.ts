/**
 * The contract between the staff shell and a role's workspace. The shell (pages/StaffHomePage)
 * asks the server who is signed in and renders the workspace of that role, loaded on demand;
 * the workspace receives the session and the rest of the path after /can-bo/ ('' for its
 * front page) and does its own routing on it, with an exhaustive switch.
 */
import type { StaffSession } from '../session.js';

export interface WorkspaceProps {
  session: StaffSession;
  /** The path after /can-bo/, e.g. 'nhan-ho-so' or 'ho-so/<id>'; '' on the workspace's front page. */
  rest: string;
}

/** The segments of `rest`, decoded: 'ho-so/abc' → ['ho-so', 'abc']. */
export function segmentsOf(rest: string): string[] {
  return rest === '' ? [] : rest.split('/').map((segment) => decodeURIComponent(segment));
}
