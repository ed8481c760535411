/**
 * One inference worker of the server's pool (pool.ts): loads the predictor once, then answers
 * `{ id, bytes, name }` with `{ id, prediction }` or `{ id, error }`. Its own thread, so a long decode or a model
 * run never blocks the server's event loop, and the pool can end it when a request runs out of time.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { isVoeError } from '../errors.js';
import { EmotionPredictor } from '../predict/predictor.js';

const { dir, ensemble } = workerData as { dir: string; ensemble?: string };
const port = parentPort!;

const predictor = await EmotionPredictor.load(dir, ensemble);
port.postMessage({ type: 'ready' });

port.on('message', async (msg: { id: number; bytes: Uint8Array; name: string }) => {
  try {
    const prediction = await predictor.predictWavBytes(msg.bytes, msg.name);
    port.postMessage({ type: 'result', id: msg.id, prediction });
  } catch (e) {
    const voe = isVoeError(e);
    port.postMessage({
      type: 'error',
      id: msg.id,
      error: { voe, code: voe ? e.code : 'INTERNAL', message: e instanceof Error ? e.message : String(e), stack: voe ? undefined : (e as Error)?.stack },
    });
  }
});
