/**
 * The report as a small document model: the sections build blocks once, and markdown.ts and html.ts render the
 * same blocks, so the two outputs cannot disagree on a number.
 */
export function strong(text) {
    return { text, strong: true };
}
export function code(text) {
    return { text, code: true };
}
export function spans(content) {
    return Array.isArray(content) ? content : [content];
}
export function spanText(s) {
    return typeof s === 'string' ? s : s.text;
}
/** The plain text of inline content (for alt texts and tests). */
export function plainText(content) {
    return spans(content).map(spanText).join('');
}
export const heading = (level, text) => ({ kind: 'heading', level, text });
export const paragraph = (content) => ({ kind: 'paragraph', content });
export const list = (items) => ({ kind: 'list', items });
//# sourceMappingURL=document.js.map