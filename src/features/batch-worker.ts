/** A feature-extraction worker: takes {index, path} messages, answers {index, outcome}. See batch.ts. */
import { parentPort, workerData } from 'node:worker_threads';
import type { FeatureConfig } from '../config.js';
import { FeatureCache } from './cache.js';
import { featureConfigHash, processFile } from './batch.js';

const { config, cacheRoot, speed } = workerData as { config: FeatureConfig; cacheRoot: string; speed: number };
const cache = new FeatureCache(cacheRoot, featureConfigHash(config, speed));

parentPort!.on('message', async (msg: { index: number; path: string }) => {
  const outcome = await processFile(msg.path, config, cache, speed);
  parentPort!.postMessage({ index: msg.index, outcome });
});
