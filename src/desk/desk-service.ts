/** The built-in one-stop desk, assembled. */
import type { DeskDeps } from './deps.js';
import { createAssistance } from './assistance.js';
import { createAssistedFilingLog } from './assisted-filing-log.js';
import { createDeskDocuments } from './desk-documents.js';
import { createInbox } from './inbox.js';
import { createPostEventReceiver } from './post-events.js';
import { createProcessing } from './processing.js';
import { createDeskQueries } from './queries.js';
import { createRegistration } from './registration.js';

export function createDeskService(deps: DeskDeps) {
  const registration = createRegistration(deps);
  const inbox = createInbox(deps, registration);
  const queries = createDeskQueries(deps);
  return {
    registration,
    inbox,
    processing: createProcessing(deps),
    queries,
    documents: createDeskDocuments(deps, queries),
    assistance: createAssistance(deps),
    assistedFilings: createAssistedFilingLog(deps),
    /** The in-process webhook receiver of the desk's subscription. */
    receivePostEvent: createPostEventReceiver(deps, inbox),
  };
}

export type DeskService = ReturnType<typeof createDeskService>;
