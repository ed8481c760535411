/**
 * Number and text formatting for the report. Every number goes through here so a missing or non-finite value is
 * printed "n/a" everywhere rather than "NaN" in one table and "0.0" in another.
 */
export declare const NA = "n/a";
export declare function isNumber(x: number | null | undefined): x is number;
/** A fraction as a percentage without the sign: 0.6123 → "61.2". */
export declare function pct(x: number | null | undefined, digits?: number): string;
/** A fraction as a percentage with the sign, for prose: 0.6123 → "61.2 %". */
export declare function pctText(x: number | null | undefined, digits?: number): string;
/** Mean ± std of fractions in percent: "61.2 ± 3.4"; "n/a" without a mean, "61.2 ± n/a" without a spread. */
export declare function meanStdPct(m: {
    mean: number;
    std: number;
} | undefined, digits?: number): string;
/** A difference of fractions in signed percentage points: 0.021 → "+2.1 pp". */
export declare function pp(x: number | null | undefined, digits?: number): string;
/** A p-value with three significant digits; tiny ones as "< 0.0001". */
export declare function pValue(p: number | null | undefined): string;
/** "p = 0.0386" or "p < 0.0001" for prose. */
export declare function pEquals(p: number | null | undefined): string;
/** A plain number: integers as they are, others with `digits` decimals; ±∞ spelled out. */
export declare function num(x: number | null | undefined, digits?: number): string;
/** Seconds as "2 h 05 min 09 s", "4 min 12 s" or "8.3 s". */
export declare function duration(seconds: number): string;
/** "a", "a and b", "a, b and c". */
export declare function joinAnd(items: string[]): string;
export declare function plural(n: number, one: string, many?: string): string;
export declare function escapeHtml(text: string): string;
/**
 * Text that markdown shows as written: backslash-escapes the inline markup characters (CommonMark allows a
 * backslash before any ASCII punctuation), `<` and `&` only where they would start a tag or an entity, and
 * newlines become spaces (a newline would end a table row).
 */
export declare function escapeMarkdown(text: string): string;
/** Escapes what would make the start of a line a heading, quote, list item or rule. */
export declare function escapeMarkdownLineStart(text: string): string;
/** A file-name-safe slug: "SVM (functionals)" → "svm-functionals". */
export declare function slug(text: string): string;
