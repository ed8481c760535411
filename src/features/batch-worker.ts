/** A feature-extraction worker: takes {index, path} messages, answers {index, outcome}. See batch.ts. */
import { parentPort, workerData } from 'node:worker_threads';
import type { FeatureConfig } from '../config.js';
import { FeatureCache } from './cache.js';
import { featureConfigHash, processFile } from './batch.js';

const { config, cacheRoot } = workerData as { config: FeatureConfig; cacheRoot: string };
const cache = new FeatureCache(cacheRoot, featureConfigHash(config));

parentPort!.on('message', async (msg: { index: number; path: string }) => {
  const outcome = await processFile(msg.path, config, cache);
  parentPort!.postMessage({ index: msg.index, outcome });
});
