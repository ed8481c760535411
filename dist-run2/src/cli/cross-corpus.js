import { join, resolve } from 'node:path';
import { toCorpusName } from '../corpus/index.js';
import { evaluateOnCorpus, parseClassMap } from '../evaluation/cross-corpus.js';
import { writeCrossCorpusReport } from '../evaluation/report/cross-corpus.js';
import { bundledModelDir } from '../predict/bundled.js';
import { EmotionPredictor } from '../predict/predictor.js';
import { createProgress } from './progress.js';
export function registerCrossCorpusCommand(program) {
    program
        .command('evaluate')
        .description('score a trained model on another labelled corpus (cross-corpus): WA/UA/F1 over the shared classes, confusion, report')
        .requiredOption('--data <dir>', 'labelled corpus folder (RAVDESS, TESS, CREMA-D, SAVEE, EMO-DB or folder-per-label)')
        .option('--model <dir|bundled>', 'results folder of `voe experiment`, a model folder, or "bundled" (default)')
        .option('--map <pairs>', 'corpus label → model label, e.g. boredom=none,calm=neutral (none: leave the class unscored)')
        .option('--corpus <name>', 'corpus naming convention (default: detected)')
        .option('--out <dir>', 'where cross-corpus.json and the report go (default: results/evaluate-<corpus folder>)')
        .option('--json', 'print the results as one JSON object on stdout')
        .option('--quiet', 'no progress output')
        .action(async (opts) => {
        // Every argument checked before the model or the corpus is touched.
        const map = opts.map === undefined ? {} : parseClassMap(opts.map);
        const corpus = opts.corpus === undefined ? undefined : toCorpusName(opts.corpus);
        const source = opts.model === undefined || opts.model === 'bundled' ? bundledModelDir() : resolve(opts.model);
        const dataName = resolve(opts.data).split(/[\\/]/).filter(Boolean).pop() ?? 'data';
        const out = resolve(opts.out ?? join('results', `evaluate-${dataName}`));
        const predictor = await EmotionPredictor.load(source);
        let results;
        try {
            predictor.assertPredictsSingleClips('voe evaluate predicts each clip alone');
            let bar = null;
            results = await evaluateOnCorpus(predictor, opts.data, opts.model ?? 'bundled', {
                map,
                corpus,
                onProgress: (done, total) => {
                    if (opts.quiet)
                        return;
                    bar ??= createProgress('clips', total);
                    bar.update(done, { unit: 'clips', detail: '' });
                },
            });
            bar?.stop();
        }
        finally {
            predictor.dispose();
        }
        await writeCrossCorpusReport(out, results);
        if (opts.json) {
            process.stdout.write(`${JSON.stringify(results)}\n`);
        }
        else {
            const s = results.scored;
            const lines = [
                `${results.model.model} on ${results.corpus.root}: ${s.n} clips of ${results.sharedClasses.length} shared classes (${results.sharedClasses.join(', ')})`,
                `UA ${(100 * s.ua).toFixed(1)} % (chance ${(100 * s.chanceUa).toFixed(1)} %), WA ${(100 * s.wa).toFixed(1)} %, macro-F1 ${(100 * s.macroF1).toFixed(1)} %`,
                ...s.perClass.map((c) => `  ${c.emotion.padEnd(10)} recall ${(100 * c.recall).toFixed(1).padStart(5)} %  (${c.support} clips)`),
                ...Object.entries(results.unscored).map(([label, counts]) => `  not scored, ${label}: predicted ${Object.entries(counts).map(([p, n]) => `${p} ${n}`).join(', ')}`),
                ...(results.corpus.failed.length ? [`${results.corpus.failed.length} files failed: see cross-corpus.json`] : []),
                `report: ${join(out, 'report.html')}`,
            ];
            process.stdout.write(`${lines.join('\n')}\n`);
        }
        process.exitCode = results.corpus.failed.length ? 2 : 0;
    });
}
//# sourceMappingURL=cross-corpus.js.map