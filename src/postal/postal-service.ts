/** The postal side, assembled: pickups, intake, scans, handover records, the result leg, queries. */
import type { PostalDeps } from './deps.js';
import { createIntake } from './intake.js';
import { createItemQueries } from './item-queries.js';
import { createManifests } from './manifests.js';
import { createOfficeQueues } from './office-queues.js';
import { createPostalDocuments } from './postal-documents.js';
import { createPickups } from './pickups.js';
import { createResultDelivery } from './result-delivery.js';
import { createRound } from './round.js';
import { createScans } from './scans.js';

export function createPostalService(deps: PostalDeps) {
  return {
    pickups: createPickups(deps),
    intake: createIntake(deps),
    scans: createScans(deps),
    manifests: createManifests(deps),
    results: createResultDelivery(deps),
    items: createItemQueries(deps),
    documents: createPostalDocuments(deps),
    round: createRound(deps),
    queues: createOfficeQueues(deps),
  };
}

export type PostalService = ReturnType<typeof createPostalService>;
