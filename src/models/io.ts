/**
 * Saving and loading tfjs models as the standard `model.json` + `weights.bin` pair, through IO handlers of our own
 * (tfjs-core has no file-system handler without tfjs-node). The same files load in a browser with plain tfjs:
 * `tf.loadLayersModel('…/model.json')`.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { writeFileAtomic } from '../util/files.js';
import { join } from 'node:path';
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';

export async function saveLayersModel(model: tfl.LayersModel, dir: string): Promise<void> {
  mkdirSync(dir, { recursive: true });
  await model.save(
    tf.io.withSaveHandler(async (artifacts) => {
      const weights = artifacts.weightData ? Buffer.from(tf.io.concatenateArrayBuffers([artifacts.weightData].flat())) : Buffer.alloc(0);
      writeFileAtomic(join(dir, 'weights.bin'), weights);
      const modelJson = {
        format: artifacts.format ?? 'layers-model',
        generatedBy: artifacts.generatedBy,
        convertedBy: artifacts.convertedBy ?? null,
        modelTopology: artifacts.modelTopology,
        weightsManifest: [{ paths: ['weights.bin'], weights: artifacts.weightSpecs ?? [] }],
      };
      writeFileAtomic(join(dir, 'model.json'), JSON.stringify(modelJson));
      return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON', weightDataBytes: weights.length } };
    }),
  );
}

export async function loadLayersModel(dir: string): Promise<tfl.LayersModel> {
  return layersModelFromFiles(readFileSync(join(dir, 'model.json'), 'utf8'), async (p) => readFileSync(join(dir, p)));
}

/**
 * A model from the text of its `model.json` and a reader of the weight files it names (relative paths), wherever
 * they are read from: a folder (`loadLayersModel`) or a URL (the browser build, through `ModelSource`).
 */
export async function layersModelFromFiles(modelJsonText: string, readWeights: (path: string) => Promise<Uint8Array>): Promise<tfl.LayersModel> {
  const modelJson = JSON.parse(modelJsonText) as {
    modelTopology: object;
    weightsManifest: { paths: string[]; weights: tf.io.WeightsManifestEntry[] }[];
    format?: string;
    generatedBy?: string;
  };
  const weightSpecs = modelJson.weightsManifest.flatMap((g) => g.weights);
  const buffers = await Promise.all(modelJson.weightsManifest.flatMap((g) => g.paths).map(readWeights));
  const weightData = new Uint8Array(buffers.reduce((n, b) => n + b.byteLength, 0));
  let at = 0;
  for (const b of buffers) {
    weightData.set(b, at);
    at += b.byteLength;
  }
  return tfl.loadLayersModel(
    tf.io.fromMemory({ modelTopology: modelJson.modelTopology, weightSpecs, weightData: weightData.buffer, format: modelJson.format, generatedBy: modelJson.generatedBy }),
  );
}
