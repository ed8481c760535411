/** A feature-extraction worker: takes {index, path} messages, answers {index, outcome}. See batch.ts. */
import { parentPort, workerData } from 'node:worker_threads';
import { FeatureCache } from './cache.js';
import { featureConfigHash, processFile } from './batch.js';
const { config, cacheRoot, perturbation } = workerData;
const cache = new FeatureCache(cacheRoot, featureConfigHash(config, perturbation));
parentPort.on('message', async (msg) => {
    const outcome = await processFile(msg.path, config, cache, perturbation);
    parentPort.postMessage({ index: msg.index, outcome });
});
//# sourceMappingURL=batch-worker.js.map