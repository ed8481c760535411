/**
 * The saved models a predictor needs, read through a `ModelSource` (a folder in Node, a URL in a browser): one
 * loader per kind, each parsing the same manifest files `save` wrote and handing them to the estimator's own
 * `fromSaved` / `fromManifest`, so the checks are those of `load(dir)`.
 */
import { STACKING_MANIFEST, StackingEnsemble, type StackingManifest } from '../ensemble/stacking.js';
import { SVM_MANIFEST, SvmClassifier, type SvmManifest } from '../ensemble/svm.js';
import { NEURAL_MANIFEST, NeuralClassifier, type NeuralModelManifest } from '../models/classifier.js';
import { layersModelFromFiles } from '../models/io.js';
import type { ExperimentResults } from '../scoring/results.js';
import { VoeError } from '../errors.js';
import { joinPath, readJson, type ModelSource } from './model-source.js';
import { RESULTS_PATHS } from './results-folder.js';

export { RESULTS_PATHS };

const where = (source: ModelSource, path: string) => `${source.root.replace(/\/$/, '')}/${path}`;

/** A saved network (`voe-model.json`, `model.json`, weights) in folder `dir` of the source ('' for its root). */
export async function loadNetwork(source: ModelSource, dir: string): Promise<NeuralClassifier> {
  const path = joinPath(dir, NEURAL_MANIFEST);
  const manifest = await readJson<NeuralModelManifest>(source, path, 'voe model folder');
  return NeuralClassifier.fromSaved(
    manifest,
    async () => layersModelFromFiles(await source.readText(joinPath(dir, 'model.json')), (p) => source.readBytes(joinPath(dir, p))),
    where(source, path),
  );
}

/** A saved SVM (`voe-svm.json`) in folder `dir` of the source. */
export async function loadSvm(source: ModelSource, dir: string): Promise<SvmClassifier> {
  const path = joinPath(dir, SVM_MANIFEST);
  return SvmClassifier.fromManifest(await readJson<SvmManifest>(source, path, 'voe SVM folder'), where(source, path));
}

/** A saved stacking ensemble (`voe-stacking.json` and its SVM's `voe-svm.json`) in folder `dir` of the source. */
export async function loadStacking(source: ModelSource, dir: string): Promise<StackingEnsemble> {
  const stacking = joinPath(dir, STACKING_MANIFEST);
  const svm = joinPath(dir, SVM_MANIFEST);
  const manifest = await readJson<StackingManifest>(source, stacking, 'voe stacking ensemble');
  const svmManifest = await readJson<SvmManifest>(source, svm, 'voe SVM folder');
  return StackingEnsemble.fromSaved(manifest, svmManifest, { dir: where(source, dir), stacking: where(source, stacking), svm: where(source, svm) });
}

/** Whether the source holds the final model `name` (its manifest, since a URL cannot be asked whether a folder exists). */
export async function hasFinalModel(source: ModelSource, name: string): Promise<boolean> {
  const dir = RESULTS_PATHS.finalModel(name);
  return (await source.exists(joinPath(dir, STACKING_MANIFEST))) || (await source.exists(joinPath(dir, NEURAL_MANIFEST))) || source.exists(joinPath(dir, SVM_MANIFEST));
}

/** The run's metrics.json, or null when there is none; a corrupt file is an error, not a null. */
export async function readMetrics(source: ModelSource): Promise<ExperimentResults | null> {
  if (!(await source.exists(RESULTS_PATHS.metrics))) return null;
  const text = await source.readText(RESULTS_PATHS.metrics);
  try {
    return JSON.parse(text) as ExperimentResults;
  } catch (e) {
    throw new VoeError('INVALID_ARGUMENT', `metrics.json is not valid JSON: ${e instanceof Error ? e.message : String(e)}`, { path: where(source, RESULTS_PATHS.metrics) });
  }
}
