/**
 * The report as a small document model: the sections build blocks once, and markdown.ts and html.ts render the
 * same blocks, so the two outputs cannot disagree on a number.
 */
/** A run of text; strings are plain text (escaped by the renderer). */
export type Span = string | {
    text: string;
    strong?: boolean;
    code?: boolean;
};
export type Inline = Span | Span[];
export interface Column {
    header: string;
    align?: 'left' | 'right';
}
export type Block = {
    kind: 'heading';
    level: 1 | 2 | 3;
    text: string;
} | {
    kind: 'paragraph';
    content: Inline;
}
/** Printed prominently (a leaky protocol). */
 | {
    kind: 'warning';
    content: Inline;
} | {
    kind: 'list';
    items: Inline[];
} | {
    kind: 'table';
    columns: Column[];
    rows: Inline[][];
}
/** A plot by its key in the rendered plots (file `plots/<key>.svg`). */
 | {
    kind: 'figure';
    plot: string;
    alt: string;
    caption: string;
};
export declare function strong(text: string): Span;
export declare function code(text: string): Span;
export declare function spans(content: Inline): Span[];
export declare function spanText(s: Span): string;
/** The plain text of inline content (for alt texts and tests). */
export declare function plainText(content: Inline): string;
export declare const heading: (level: 1 | 2 | 3, text: string) => Block;
export declare const paragraph: (content: Inline) => Block;
export declare const list: (items: Inline[]) => Block;
