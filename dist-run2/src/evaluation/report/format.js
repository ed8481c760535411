/**
 * Number and text formatting for the report. Every number goes through here so a missing or non-finite value is
 * printed "n/a" everywhere rather than "NaN" in one table and "0.0" in another.
 */
export const NA = 'n/a';
export function isNumber(x) {
    return typeof x === 'number' && Number.isFinite(x);
}
/** A fraction as a percentage without the sign: 0.6123 → "61.2". */
export function pct(x, digits = 1) {
    return isNumber(x) ? (100 * x).toFixed(digits) : NA;
}
/** A fraction as a percentage with the sign, for prose: 0.6123 → "61.2 %". */
export function pctText(x, digits = 1) {
    return isNumber(x) ? `${(100 * x).toFixed(digits)} %` : NA;
}
/** Mean ± std of fractions in percent: "61.2 ± 3.4"; "n/a" without a mean, "61.2 ± n/a" without a spread. */
export function meanStdPct(m, digits = 1) {
    if (!m || !isNumber(m.mean))
        return NA;
    return `${pct(m.mean, digits)} ± ${pct(m.std, digits)}`;
}
/** A difference of fractions in signed percentage points: 0.021 → "+2.1 pp". */
export function pp(x, digits = 1) {
    if (!isNumber(x))
        return NA;
    const v = (100 * x).toFixed(digits);
    return v.startsWith('-') ? `−${v.slice(1)} pp` : `+${v} pp`;
}
/** A p-value with three significant digits; tiny ones as "< 0.0001". */
export function pValue(p) {
    if (!isNumber(p))
        return NA;
    if (p < 1e-4)
        return '< 0.0001';
    if (p >= 0.9995)
        return '1.00';
    return p.toPrecision(3);
}
/** "p = 0.0386" or "p < 0.0001" for prose. */
export function pEquals(p) {
    const s = pValue(p);
    return s.startsWith('<') ? `p ${s}` : `p = ${s}`;
}
/** A plain number: integers as they are, others with `digits` decimals; ±∞ spelled out. */
export function num(x, digits = 2) {
    if (x === Infinity)
        return '∞';
    if (x === -Infinity)
        return '−∞';
    if (!isNumber(x))
        return NA;
    return Number.isInteger(x) ? String(x) : x.toFixed(digits).replace('-', '−');
}
/** Seconds as "2 h 05 min 09 s", "4 min 12 s" or "8.3 s". */
export function duration(seconds) {
    if (!isNumber(seconds) || seconds < 0)
        return NA;
    if (seconds < 60)
        return `${seconds.toFixed(1)} s`;
    const s = Math.round(seconds);
    const h = Math.floor(s / 3600);
    const m = Math.floor((s % 3600) / 60);
    const r = s % 60;
    const two = (x) => String(x).padStart(2, '0');
    return h > 0 ? `${h} h ${two(m)} min ${two(r)} s` : `${m} min ${two(r)} s`;
}
/** "a", "a and b", "a, b and c". */
export function joinAnd(items) {
    if (items.length <= 1)
        return items.join('');
    return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
export function plural(n, one, many = `${one}s`) {
    return `${n} ${n === 1 ? one : many}`;
}
export function escapeHtml(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}
/**
 * Text that markdown shows as written: backslash-escapes the inline markup characters (CommonMark allows a
 * backslash before any ASCII punctuation), `<` and `&` only where they would start a tag or an entity, and
 * newlines become spaces (a newline would end a table row).
 */
export function escapeMarkdown(text) {
    return text
        .replace(/\r?\n/g, ' ')
        .replace(/[\\`*_[\]|~]/g, '\\$&')
        // '<' only where it could open an HTML tag or autolink; '>' only matters at a line start (see below).
        .replace(/<(?=[A-Za-z/!?])/g, '\\<')
        .replace(/&(?=#?[a-z0-9]+;)/gi, '&amp;');
}
/** Escapes what would make the start of a line a heading, quote, list item or rule. */
export function escapeMarkdownLineStart(text) {
    return text.replace(/^(\s*)([#>+=-]|\d+(?=[.)]))/, (_m, space, mark) => /^\d/.test(mark) ? `${space}${mark}\\` : `${space}\\${mark}`);
}
/** A file-name-safe slug: "SVM (functionals)" → "svm-functionals". */
export function slug(text) {
    const s = text
        .toLowerCase()
        .normalize('NFKD')
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '');
    return s || 'model';
}
//# sourceMappingURL=format.js.map