/** Blocks → GitHub-flavoured markdown. Plots are linked as `plots/<key>.svg` files beside report.md. */
import { type Block } from './document.js';
export declare function renderMarkdown(blocks: Block[]): string;
