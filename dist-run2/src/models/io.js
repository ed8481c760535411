/**
 * Saving and loading tfjs models as the standard `model.json` + `weights.bin` pair, through IO handlers of our own
 * (tfjs-core has no file-system handler without tfjs-node). The same files load in a browser with plain tfjs:
 * `tf.loadLayersModel('…/model.json')`.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
export async function saveLayersModel(model, dir) {
    mkdirSync(dir, { recursive: true });
    await model.save(tf.io.withSaveHandler(async (artifacts) => {
        const weights = artifacts.weightData ? Buffer.from(tf.io.concatenateArrayBuffers([artifacts.weightData].flat())) : Buffer.alloc(0);
        writeFileSync(join(dir, 'weights.bin'), weights);
        const modelJson = {
            format: artifacts.format ?? 'layers-model',
            generatedBy: artifacts.generatedBy,
            convertedBy: artifacts.convertedBy ?? null,
            modelTopology: artifacts.modelTopology,
            weightsManifest: [{ paths: ['weights.bin'], weights: artifacts.weightSpecs ?? [] }],
        };
        writeFileSync(join(dir, 'model.json'), JSON.stringify(modelJson));
        return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON', weightDataBytes: weights.length } };
    }));
}
export async function loadLayersModel(dir) {
    const modelJson = JSON.parse(readFileSync(join(dir, 'model.json'), 'utf8'));
    const weightSpecs = modelJson.weightsManifest.flatMap((g) => g.weights);
    const buffers = modelJson.weightsManifest.flatMap((g) => g.paths).map((p) => readFileSync(join(dir, p)));
    const all = Buffer.concat(buffers);
    const weightData = all.buffer.slice(all.byteOffset, all.byteOffset + all.byteLength);
    return tfl.loadLayersModel(tf.io.fromMemory({ modelTopology: modelJson.modelTopology, weightSpecs, weightData, format: modelJson.format, generatedBy: modelJson.generatedBy }));
}
//# sourceMappingURL=io.js.map