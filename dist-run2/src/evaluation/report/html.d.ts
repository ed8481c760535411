/**
 * Blocks → one self-contained HTML page: styles inline, every plot's SVG inline, nothing fetched from anywhere, so
 * the file can be mailed or archived on its own.
 */
import { type Block } from './document.js';
/** The page; `plots` maps each figure's key to its SVG text. The first level-1 heading is the page title. */
export declare function renderHtml(blocks: Block[], plots: Record<string, string>): string;
