/** A feature-extraction worker: takes {index, path} messages, answers {index, outcome}. See batch.ts. */
import { parentPort, workerData } from 'node:worker_threads';
import type { FeatureConfig } from '../config.js';
import { FeatureCache } from './cache.js';
import { featureConfigHash, processFile } from './batch.js';
import type { Perturbation } from './perturbation.js';

const { config, cacheRoot, perturbation } = workerData as { config: FeatureConfig; cacheRoot: string; perturbation: Perturbation };
const cache = new FeatureCache(cacheRoot, featureConfigHash(config, perturbation));

parentPort!.on('message', async (msg: { index: number; path: string }) => {
  const outcome = await processFile(msg.path, config, cache, perturbation);
  parentPort!.postMessage({ index: msg.index, outcome });
});
