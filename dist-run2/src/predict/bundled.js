/**
 * The trained model shipped with the package (`models/ravdess-speech/`, laid out as a `voe experiment` results
 * folder: the final CNN, RNN and stacking SVM, with the run's metrics.json). `voe predict` and `voe serve` use it
 * when no `--model` is given. See models/ravdess-speech/README.md for how it was trained, its scores and licence.
 */
import { existsSync } from 'node:fs';
import { VoeError } from '../errors.js';
import { packagePath } from '../util/package-root.js';
export const BUNDLED_MODEL = 'ravdess-speech';
/** The bundled model's folder. */
export function bundledModelDir() {
    const dir = packagePath('models', BUNDLED_MODEL);
    if (dir && existsSync(dir))
        return dir;
    throw new VoeError('FILE_NOT_FOUND', `the bundled model (models/${BUNDLED_MODEL}) is missing from this installation; pass --model <results folder>`);
}
//# sourceMappingURL=bundled.js.map