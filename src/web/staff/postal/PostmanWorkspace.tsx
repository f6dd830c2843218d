/** The postman's workspace (phone first): today's round, intake at the door, delivery, the outbox. */
import type { WorkspaceProps } from '../workspace.js';
import { PostalWorkspace } from './PostalWorkspace.js';

export function PostmanWorkspace(props: WorkspaceProps) {
  return <PostalWorkspace {...props} mode="postman" />;
}
