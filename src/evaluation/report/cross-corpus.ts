/**
 * The report of a cross-corpus evaluation (`voe evaluate`): what was scored, against which chance, the confusion
 * matrix and per-class recall, and what the model said of the classes it lacks. Written from the measured numbers
 * only, with the same document model, renderers and plot code as the experiment report.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { CrossCorpusResults } from '../cross-corpus.js';
import { writeFileAtomic } from '../../util/files.js';
import { code, heading, list, paragraph, type Block } from './document.js';
import { renderHtml } from './html.js';
import { renderMarkdown } from './markdown.js';
import { pct } from './format.js';
import { confusionMatrixSpec, renderSvg } from './plots.js';

export async function renderCrossCorpusReport(r: CrossCorpusResults): Promise<{ markdown: string; html: string; plots: Record<string, string> }> {
  const s = r.scored;
  const cv = r.model.crossValidated;
  const mapped = Object.entries(r.map).filter(([a, b]) => a !== b);
  const spec = confusionMatrixSpec(r.sharedClasses, r.modelClasses, s.confusion, {
    key: 'confusion',
    title: `Confusion matrix: ${r.model.model} on ${r.corpus.name}`,
    subtitle: `${s.n} clips of the ${r.sharedClasses.length} shared classes; cell: % of the true class (clips)`,
    caption: `Confusion matrix of ${r.model.model} on ${r.corpus.root}: true emotion down (shared classes), predicted across (every class the model can say).`,
  });
  const blocks: Block[] = [
    heading(1, `Cross-corpus evaluation: ${r.model.model} on ${r.corpus.name}`),
    paragraph([
      `Model `, code(r.model.source), ` (${r.model.model}), scored on ${s.n} clips of ${r.corpus.root} over the ${r.sharedClasses.length} classes it shares with the corpus (${r.sharedClasses.join(', ')}). `,
      `UA ${pct(s.ua)} % (chance ${pct(s.chanceUa)} %), WA ${pct(s.wa)} %, macro-F1 ${pct(s.macroF1)} %.`,
      cv ? ` For comparison, its speaker-independent cross-validation on its own corpus gave UA ${pct(cv.ua.mean)} ± ${pct(cv.ua.std)} % (${cv.protocol}).` : '',
    ]),
    heading(2, 'Per class'),
    { kind: 'table', columns: [{ header: 'emotion' }, { header: 'clips', align: 'right' }, { header: 'recall %', align: 'right' }, { header: 'precision %', align: 'right' }, { header: 'F1 %', align: 'right' }], rows: s.perClass.map((c) => [c.emotion, String(c.support), pct(c.recall), pct(c.precision), pct(c.f1)]) },
    { kind: 'figure', plot: spec.key, alt: spec.caption, caption: spec.caption },
  ];
  const unscored = Object.entries(r.unscored);
  if (unscored.length) {
    blocks.push(heading(2, 'Classes the model lacks (not scored)'));
    blocks.push(list(unscored.map(([label, counts]) => `${label}: ${Object.entries(counts).sort((a, b) => b[1] - a[1]).map(([p, n]) => `${p} ${n}`).join(', ')}`)));
  }
  blocks.push(heading(2, 'How this was measured'));
  blocks.push(
    list([
      mapped.length ? `Labels mapped: ${mapped.map(([a, b]) => `${a} → ${b}`).join(', ')}.` : 'No labels mapped: the corpus labels were taken as they are.',
      `${r.corpus.clips} clips found, ${r.corpus.skipped} files skipped by the scan, ${r.corpus.failed.length} failed to decode.`,
      `${Object.values(r.warned).reduce((a, b) => a + b, 0)} clips carried the low-voiced-speech warning (they are scored all the same).`,
      'UA is the mean recall over the shared classes (balanced accuracy); a prediction of a class outside them counts as wrong.',
    ]),
  );
  const plots = { [spec.key]: await renderSvg(spec.spec, spec.key) };
  return { markdown: renderMarkdown(blocks), html: renderHtml(blocks, plots), plots };
}

/** Writes cross-corpus.json, report.md, report.html and plots/confusion.svg into `dir`, each atomically. */
export async function writeCrossCorpusReport(dir: string, r: CrossCorpusResults): Promise<void> {
  const rendered = await renderCrossCorpusReport(r);
  await mkdir(join(dir, 'plots'), { recursive: true });
  writeFileAtomic(join(dir, 'cross-corpus.json'), `${JSON.stringify(r, null, 1)}\n`);
  writeFileAtomic(join(dir, 'report.md'), rendered.markdown);
  writeFileAtomic(join(dir, 'report.html'), rendered.html);
  for (const [key, svg] of Object.entries(rendered.plots)) writeFileAtomic(join(dir, 'plots', `${key}.svg`), svg);
}
