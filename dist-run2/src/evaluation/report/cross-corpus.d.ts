import type { CrossCorpusResults } from '../cross-corpus.js';
export declare function renderCrossCorpusReport(r: CrossCorpusResults): Promise<{
    markdown: string;
    html: string;
    plots: Record<string, string>;
}>;
/** Writes cross-corpus.json, report.md, report.html and plots/confusion.svg into `dir`, each atomically. */
export declare function writeCrossCorpusReport(dir: string, r: CrossCorpusResults): Promise<void>;
