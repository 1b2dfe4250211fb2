import { runWorker } from '@pb/platform';

void runWorker('projector', { relay: false, projector: true });
