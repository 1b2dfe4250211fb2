import { runWorker } from '@pb/platform';

void runWorker('relay', { relay: true, projector: false });
