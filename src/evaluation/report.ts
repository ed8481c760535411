/**
 * The experiment report: `renderReport(results)` turns an `ExperimentResults` (metrics.json) into markdown, a
 * self-contained HTML page and SVG plots, without touching the disk; `writeReport(dir, results)` writes them as
 * `report.md`, `report.html` and `plots/*.svg`. Every sentence is generated from the numbers, so a report can be
 * rendered again from any saved results folder.
 *
 * Sections: summary, protocol and method, results, significance, per-class results, strengths and limitations,
 * recommendations, plots. Layout of the code: report/analysis.ts (facts), report/sections.ts and
 * report/conclusion.ts (blocks of text and tables), report/plots.ts (Vega-Lite → SVG), report/markdown.ts and
 * report/html.ts (one document model, two renderings).
 */
import { mkdir } from 'node:fs/promises';
import { fileError, writeFileAtomic } from '../util/files.js';
import { join } from 'node:path';
import { isVoeError, VoeError } from '../errors.js';
import { ResultsFolder } from '../predict/results-folder.js';
import type { ExperimentResults } from '../scoring/results.js';
import { corpusTitle, material, DEFAULT_REPORT_OPTIONS, modelList, rankByUa, type ReportOptions } from './report/analysis.js';
import { recommendationsSection, strengthsSection, summarySection } from './report/conclusion.js';
import { heading, paragraph, type Block } from './report/document.js';
import { slug } from './report/format.js';
import { renderHtml } from './report/html.js';
import { renderMarkdown } from './report/markdown.js';
import { plotSpecs, renderSvg } from './report/plots.js';
import { channelSection, perClassSection, plotsSection, protocolSection, resultsSection, significanceSection } from './report/sections.js';

export { DEFAULT_REPORT_OPTIONS, type ReportOptions } from './report/analysis.js';

export interface RenderedReport {
  markdown: string;
  html: string;
  /** SVG text per plot key; written as plots/<key>.svg. */
  plots: Record<string, string>;
}

/** Refuses what is not a results file of a version this report understands. */
function checkResults(results: ExperimentResults): void {
  const r = results as Partial<ExperimentResults> | null;
  if (!r || typeof r !== 'object' || r.kind !== 'voe-experiment-results') {
    throw new VoeError('INVALID_ARGUMENT', `not an experiment results object (kind ${JSON.stringify(r?.kind)}); expected the metrics.json of a voe experiment`);
  }
  if (r.version !== 1) throw new VoeError('INVALID_ARGUMENT', `results version ${String(r.version)} is not supported by this report (expected 1)`);
  if (!Array.isArray(r.classes) || !r.models || typeof r.models !== 'object' || !r.protocol || !r.corpus) {
    throw new VoeError('INVALID_ARGUMENT', 'results lack classes, models, protocol or corpus; the file is incomplete');
  }
}

/** Confusion-matrix plot keys, one per model, unique even when two names slug alike. */
function confusionKeys(names: string[]): string[] {
  const used = new Set<string>();
  return names.map((n) => {
    let key = `confusion-${slug(n)}`;
    for (let k = 2; used.has(key); k++) key = `confusion-${slug(n)}-${k}`;
    used.add(key);
    return key;
  });
}

function title(results: ExperimentResults): string {
  const what = material(results);
  const task = what === 'speech' ? 'Speech emotion recognition' : `Emotion recognition in ${what}`;
  return `${task} on ${corpusTitle(results.corpus.name)}: ${results.protocol.label}`;
}

/** The report's text and plots, in memory. Async only because Vega renders asynchronously. */
export async function renderReport(results: ExperimentResults, options: Partial<ReportOptions> = {}): Promise<RenderedReport> {
  checkResults(results);
  const opts: ReportOptions = { ...DEFAULT_REPORT_OPTIONS, ...options };
  const models = modelList(results);
  const best = rankByUa(models)[0];
  const specs = plotSpecs(results, models, confusionKeys(models.map((m) => m.name)));
  const blocks: Block[] = [
    heading(1, title(results)),
    ...summarySection(results, models, opts),
    ...protocolSection(results),
    ...resultsSection(results, models),
    ...channelSection(results, models),
    ...significanceSection(results, models, opts),
    ...perClassSection(results, models, best, opts),
    ...strengthsSection(results, models, opts),
    ...recommendationsSection(results, models, opts),
    ...plotsSection(specs, results),
  ];
  if (models.length === 0) blocks.splice(1, 0, paragraph('These results contain no models.'));
  const plots: Record<string, string> = {};
  // One at a time: Vega's rendering is synchronous work in async clothing, so parallelism buys nothing.
  for (const s of specs) plots[s.key] = await renderSvg(s.spec, s.key);
  return { markdown: renderMarkdown(blocks), html: renderHtml(blocks, plots), plots };
}

export interface WrittenReport {
  markdown: string;
  html: string;
  plots: string[];
}

/** Renders the report and writes report.md, report.html and plots/<key>.svg into `dir` (created if needed). */
export async function writeReport(dir: string, results: ExperimentResults, options: Partial<ReportOptions> = {}): Promise<WrittenReport> {
  const report = await renderReport(results, options);
  const folder = new ResultsFolder(dir);
  const plotDir = folder.plotsDir;
  try {
    await mkdir(plotDir, { recursive: true });
    const written: WrittenReport = { markdown: folder.reportMarkdownPath, html: folder.reportHtmlPath, plots: [] };
    // Atomically (util/files.ts): a full disk leaves the old report or none, never a truncated one, and says so
    // with DISK_FULL.
    writeFileAtomic(written.markdown, report.markdown);
    writeFileAtomic(written.html, report.html);
    for (const [key, svg] of Object.entries(report.plots)) {
      const path = join(plotDir, `${key}.svg`);
      writeFileAtomic(path, svg);
      written.plots.push(path);
    }
    return written;
  } catch (e) {
    if (isVoeError(e) && e.code !== 'PERMISSION_DENIED' && e.code !== 'NOT_A_DIRECTORY') throw e;
    const err = (isVoeError(e) ? e.cause : e) as NodeJS.ErrnoException;
    if (err.code === 'EACCES' || err.code === 'EPERM' || err.code === 'EROFS') {
      throw new VoeError('PERMISSION_DENIED', 'cannot write the report here; choose another output folder', { path: err.path ?? dir, cause: e });
    }
    if (err.code === 'ENOTDIR' || err.code === 'EEXIST') {
      throw new VoeError('NOT_A_DIRECTORY', 'the report folder (or a folder above it) is a file; choose another output folder', { path: err.path ?? dir, cause: e });
    }
    throw fileError(e, dir, 'writing');
  }
}
