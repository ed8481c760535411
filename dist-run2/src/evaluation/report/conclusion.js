import { chanceUa, classF1, classRecall, classSupport, corpusFacts, corpusTitle, findComparison, foldCount, foldWins, isEnsemble, material, median, mostConfusedWith, rankByUa, sortClasses, speakerList, wilcoxonFloor, } from './analysis.js';
import { heading, list, paragraph, strong } from './document.js';
import { isNumber, joinAnd, pEquals, pValue, pct, pctText, plural, pp } from './format.js';
import { leakyWarning } from './sections.js';
export function gapSignificance(results, x, y, alpha) {
    const c = findComparison(results, x, y);
    if (!c)
        return { comparison: null, mcnemarForX: false, mcnemarForY: false, tTestForX: false, both: false };
    const mSig = isNumber(c.mcnemarP) && c.mcnemarP < alpha;
    const mcnemarForX = mSig && c.xOnly > c.yOnly;
    const mcnemarForY = mSig && c.yOnly > c.xOnly;
    const tTestForX = isNumber(c.tP) && c.tP < alpha && c.meanDifference > 0;
    return { comparison: c, mcnemarForX, mcnemarForY, tTestForX, both: mcnemarForX && tTestForX };
}
/** "ensemble", or "average (an ensemble)" when the name does not say so. */
function ensembleName(m) {
    return /ensemble/i.test(m.name) ? m.name : `${m.name} (an ensemble)`;
}
/** Percentage points without sign, for "x points ahead". */
function points(x) {
    return `${(100 * Math.abs(x)).toFixed(1)} percentage points`;
}
function significanceSentence(results, best, second, alpha) {
    const g = gapSignificance(results, best.name, second.name, alpha);
    const c = g.comparison;
    if (!c)
        return ` No paired test of ${best.name} against ${second.name} is recorded, so whether the gap is significant is not known.`;
    const m = `McNemar's test on the pooled test clips (${pEquals(c.mcnemarP)})`;
    const t = `the paired t-test over folds (${pEquals(c.tP)})`;
    let s;
    if (g.both)
        s = ` The gap is significant at α = ${alpha} by both ${m} and ${t}.`;
    else if (g.mcnemarForX)
        s = ` The gap is significant at α = ${alpha} by ${m} but not by ${t}, so it is not significant by both tests.`;
    else if (g.tTestForX)
        s = ` The gap is significant at α = ${alpha} by ${t} but not by ${m}, so it is not significant by both tests.`;
    else
        s = ` The gap is not significant at α = ${alpha} by either ${m} or ${t}.`;
    if (g.mcnemarForY) {
        s += ` McNemar's test is significant the other way: ${second.name} alone is right on ${c.yOnly} clips against ${best.name}'s ${c.xOnly}, because clip accuracy and UA weigh the emotions differently.`;
    }
    const n = c.df + 1;
    const floor = wilcoxonFloor(n);
    const atFloor = isNumber(c.wilcoxonP) && c.wilcoxonP <= floor * (1 + 1e-9);
    s += ` The exact Wilcoxon signed-rank test over the ${plural(n, 'fold')} gives ${pEquals(c.wilcoxonP)}${atFloor ? `, the smallest p possible with ${plural(n, 'fold')}` : ` (it cannot go below ${pValue(floor)} with ${plural(n, 'fold')})`}.`;
    return s;
}
export function summarySection(results, models, options) {
    const blocks = [heading(2, 'Summary')];
    if (results.protocol.leaky)
        blocks.push({ kind: 'warning', content: leakyWarning(results) });
    const c = results.corpus;
    const f = foldCount(results);
    const chance = chanceUa(results);
    const setting = `${corpusTitle(c.name)} (${plural(c.utterances, 'utterance')}, ${plural(c.speakers, 'speaker')}, ${plural(results.classes.length, 'emotion')}), ${results.protocol.label}`;
    const ranked = rankByUa(models);
    const best = ranked[0];
    if (!best || !isNumber(best.ua.mean)) {
        blocks.push(paragraph(`No model has a unweighted accuracy (UA) recorded for ${setting}.`));
        return blocks;
    }
    const out = [`Evaluated on ${setting}: `];
    const headline = `${pctText(best.ua.mean)} (std ${pct(best.ua.std)} pp over ${plural(f, 'fold')}; chance ${pctText(chance)}), with ${pctText(best.wa.mean)} accuracy and ${pctText(best.macroF1.mean)} macro-F1`;
    if (ranked.length === 1) {
        out.push('one model, ', strong(best.name), `, reaches a mean unweighted accuracy (UA) of ${headline}. With no second model there is nothing to test it against.`);
    }
    else {
        const second = ranked[1];
        out.push(strong(best.name), ` has the highest mean unweighted accuracy (UA) of the ${models.length} models: ${headline}`);
        if (!isNumber(second.ua.mean)) {
            out.push('; no other model has a UA to compare with.');
        }
        else {
            const gap = best.ua.mean - second.ua.mean;
            if (Math.abs(gap) < 5e-4)
                out.push(`, level with `, strong(second.name), ` (${pctText(second.ua.mean)}) to one decimal.`);
            else
                out.push(`, ${points(gap)} ahead of the runner-up `, strong(second.name), ` (${pctText(second.ua.mean)}).`);
            out.push(significanceSentence(results, best, second, options.alpha));
        }
        if (ranked.length > 2) {
            out.push(` The others: ${ranked.slice(2).map((m) => `${m.name} ${pctText(m.ua.mean)}`).join(', ')}.`);
        }
    }
    if (results.protocol.leaky)
        out.push(' These numbers come from a leaky, speaker-dependent split and overstate accuracy on new speakers.');
    blocks.push(paragraph(out));
    return blocks;
}
function modelStrengths(results, m, models, options) {
    const items = [];
    const ranked = rankByUa(models);
    const rank = ranked.indexOf(m) + 1;
    const f = foldCount(results);
    items.push(models.length > 1
        ? `Rank ${rank} of ${models.length} by mean UA: ${pctText(m.ua.mean)} ± ${pct(m.ua.std)} (macro-F1 ${pctText(m.macroF1.mean)}).`
        : `Mean UA ${pctText(m.ua.mean)} ± ${pct(m.ua.std)} (macro-F1 ${pctText(m.macroF1.mean)}).`);
    const own = sortClasses(results, (i) => classF1(m, i));
    if (own.length >= 2) {
        const top = own[0];
        const bottom = own[own.length - 1];
        items.push(`Its best emotion is ${top.name} (F1 ${pctText(top.value)}), its worst ${bottom.name} (F1 ${pctText(bottom.value)}).`);
    }
    const others = models.filter((o) => o !== m);
    if (others.length > 0) {
        // F1 of this model minus the mean F1 of the others, per class: where it is relatively strong or weak.
        const relative = sortClasses(results, (i) => {
            const v = others.map((o) => classF1(o, i)).filter(isNumber);
            return v.length ? classF1(m, i) - v.reduce((s, x) => s + x, 0) / v.length : NaN;
        });
        if (relative.length > 0) {
            const hi = relative[0];
            const lo = relative[relative.length - 1];
            const vs = others.length === 1 ? others[0].name : "the others' mean";
            if (lo.value >= 0)
                items.push(`Its F1 is at or above ${vs} on every emotion; the largest lead is on ${hi.name} (${pp(hi.value)}).`);
            else if (hi.value <= 0)
                items.push(`Its F1 is at or below ${vs} on every emotion; it trails least on ${hi.name} (${pp(hi.value)}) and most on ${lo.name} (${pp(lo.value)}).`);
            else
                items.push(`Relative to ${vs}, it is strongest on ${hi.name} (F1 ${pp(hi.value)}) and weakest on ${lo.name} (${pp(lo.value)}).`);
        }
    }
    const foldUa = m.folds.map((x) => x.ua);
    const finite = foldUa.filter(isNumber);
    if (finite.length >= 2) {
        const worst = foldUa.indexOf(Math.min(...finite));
        const speakers = m.folds[worst]?.testSpeakers ?? [];
        let spread = `Fold UA ranges from ${pct(Math.min(...finite))} to ${pctText(Math.max(...finite))} (std ${pct(m.ua.std)} pp`;
        const otherStd = others.map((o) => o.ua.std).filter(isNumber);
        if (otherStd.length > 0 && isNumber(m.ua.std)) {
            if (m.ua.std > Math.max(...otherStd))
                spread += ', the largest of the models';
            else if (m.ua.std < Math.min(...otherStd))
                spread += ', the smallest of the models';
            else
                spread += ` against a median of ${pct(median(otherStd))} pp for the others`;
        }
        spread += `); its weakest fold is fold ${worst + 1}${speakers.length ? ` (speakers ${speakerList(speakers)})` : ''}.`;
        items.push(spread);
    }
    if (others.length > 0 && f > 0) {
        const w = foldWins(models, f).get(m.name) ?? { wins: 0, tied: 0 };
        items.push(`Highest UA on ${w.wins} of ${plural(f, 'fold')}${w.tied > 0 ? ` (${w.tied} of them tied with another model)` : ''}.`);
    }
    const verdicts = [];
    for (const o of others) {
        const c = findComparison(results, m.name, o.name);
        if (!c)
            continue;
        const ahead = c.meanDifference > 0;
        const g = ahead ? gapSignificance(results, m.name, o.name, options.alpha) : gapSignificance(results, o.name, m.name, options.alpha);
        const tests = g.both ? 'significant by both tests' : g.mcnemarForX || g.tTestForX ? `significant by ${g.mcnemarForX ? "McNemar's test" : 'the t-test'} only` : 'not significant';
        verdicts.push(`${ahead ? 'ahead of' : 'behind'} ${o.name} by ${pp(Math.abs(c.meanDifference)).replace('+', '')} UA (${tests})`);
    }
    if (verdicts.length)
        items.push(`Against the others: ${verdicts.join('; ')}.`);
    return items;
}
function generalLimitations(results, models) {
    const items = [];
    const c = results.corpus;
    const facts = corpusFacts(c.name);
    const what = material(results);
    if (facts && what !== 'speech') {
        items.push(`${facts.title} ${what === 'song' ? 'song is' : 'speech and song are'} acted: professional actors ${what === 'song' ? 'singing' : 'speaking and singing'} each emotion on two fixed, lexically neutral sentences${what === 'song' ? ' to a set melody' : ''}. Posed emotions are more intense and more uniform than everyday voices, so accuracy on spontaneous speech or on other singing should be expected to be lower; ${what === 'song' ? 'a song model says nothing of speech' : 'the per-channel scores say which material each number comes from'}.`);
        items.push(`Language: ${facts.language}. Nothing here says how the models do on other languages or accents.`);
    }
    else if (facts) {
        items.push(`${facts.title} is ${facts.speech}. Posed emotions are more intense and more uniform than everyday speech, so accuracy on spontaneous speech should be expected to be lower.`);
        items.push(`Language: ${facts.language}. Nothing here says how the models do on other languages or accents.`);
    }
    else {
        items.push(`Whether ${c.name} is acted or spontaneous speech, and in which languages, is not recorded here: these results carry over only to speech like it.`);
    }
    const f = foldCount(results);
    const perFold = f > 0 && !results.protocol.leaky ? ` (about ${Math.round(c.speakers / f)} per test fold)` : '';
    items.push(`${plural(c.speakers, 'speaker')} in all${perFold}: differences between folds mix speaker differences with model differences, and every mean carries the uncertainty of a small speaker sample.`);
    if (f > 0 && models.length >= 2) {
        items.push(`${plural(f, 'fold')} limit the fold-level tests: the exact Wilcoxon test cannot go below p = ${pValue(wilcoxonFloor(f))} and the t-test has ${f - 1} df, so only large, consistent differences can be shown.`);
    }
    const speakerNorm = results.config?.speakerNorm ?? 'none';
    if (speakerNorm !== 'none') {
        items.push([
            strong('Speaker normalisation: '),
            `every clip was expressed relative to its own speaker's averages ('${speakerNorm}'), measured on all of that speaker's clips, the test speakers' unlabelled clips included. No test label is used, but these numbers hold only where several clips of each new speaker are available to predict together; one clip of an unknown speaker cannot be normalised this way.`,
        ]);
    }
    if (results.protocol.leaky)
        items.push([strong('Leaky protocol: '), 'the same speakers are in training and test sets, so these numbers are speaker-dependent and optimistic.']);
    const counts = Object.entries(c.emotions ?? {}).filter(([, n]) => n > 0);
    if (counts.length >= 2) {
        const sorted = counts.sort((a, b) => a[1] - b[1]);
        const [minName, minN] = sorted[0];
        const [maxName, maxN] = sorted[sorted.length - 1];
        if (maxN / minN >= 1.5) {
            items.push(`The emotions are unbalanced (${minName}: ${minN} clips, ${maxName}: ${maxN}): accuracy (WA) favours the larger classes, which is why UA is the headline number.`);
        }
    }
    const empty = results.classes.filter((_, i) => classSupport(models, i) === 0);
    if (empty.length)
        items.push(`${joinAnd(empty)} ${empty.length === 1 ? 'has' : 'have'} no test clips: nothing is known about ${empty.length === 1 ? 'it' : 'them'}.`);
    return items;
}
export function strengthsSection(results, models, options) {
    const blocks = [heading(2, 'Strengths and limitations')];
    for (const m of models)
        blocks.push(heading(3, m.name), list(modelStrengths(results, m, models, options)));
    blocks.push(heading(3, 'General limitations'), list(generalLimitations(results, models)));
    return blocks;
}
export function recommendationsSection(results, models, options) {
    const items = [];
    const a = options.alpha;
    const ranked = rankByUa(models).filter((m) => isNumber(m.ua.mean));
    const best = ranked[0];
    if (results.protocol.leaky) {
        items.push([strong('Rerun with a speaker-independent split'), ' before quoting any of these numbers: this one is leaky.']);
    }
    const ensembles = ranked.filter(isEnsemble);
    const bases = ranked.filter((m) => !isEnsemble(m));
    if (ensembles.length > 0 && bases.length > 0) {
        const e = ensembles[0];
        const b = bases[0];
        const gap = e.ua.mean - b.ua.mean;
        const g = gapSignificance(results, e.name, b.name, a);
        const c = g.comparison;
        if (gap <= 0) {
            items.push([strong(b.name), ` suffices: the best ensemble, ${ensembleName(e)}, does not beat it (${pctText(e.ua.mean)} against ${pctText(b.ua.mean)} UA) and adds the cost of training and running several models.`]);
        }
        else if (!c) {
            items.push(`${ensembleName(e)} leads the best base model ${b.name} by ${points(gap)} UA, but no paired test of the two is recorded: test it before preferring the ensemble.`);
        }
        else if (g.both) {
            items.push(['Use ', strong(e.name), `: it beats the best base model ${b.name} by ${points(gap)} UA, significantly by both McNemar's test (${pEquals(c.mcnemarP)}) and the fold t-test (${pEquals(c.tP)}).`]);
        }
        else {
            items.push([
                strong(b.name),
                ` suffices: ${ensembleName(e)} leads it by ${points(gap)} UA but is not significantly better by both tests (McNemar ${pEquals(c.mcnemarP)}, fold t-test ${pEquals(c.tP)}). Prefer the simpler base model unless the gain is confirmed on more speakers.`,
            ]);
        }
    }
    else if (best && ranked.length >= 2) {
        const second = ranked[1];
        const g = gapSignificance(results, best.name, second.name, a);
        if (g.both)
            items.push(['Prefer ', strong(best.name), `: it is significantly better than the runner-up ${second.name} by both tests.`]);
        else
            items.push([strong(best.name), ' and ', strong(second.name), ' are not separated by both tests: choose between them on cost (size, speed), or evaluate on more speakers.']);
    }
    if (best) {
        const low = sortClasses(results, (i) => classRecall(best, i))
            .filter((s) => s.value < options.lowRecall)
            .reverse();
        if (low.length) {
            const describe = low.map((s) => {
                const conf = mostConfusedWith(results, best, s.index);
                return `${s.name} (${pctText(s.value)}${conf ? `, most often taken for ${conf.predicted}: ${plural(conf.count, 'clip')}` : ''})`;
            });
            items.push(`Under ${pctText(options.lowRecall, 0)} recall with ${best.name}: ${joinAnd(describe)}. Do not rely on the model for ${low.length === 1 ? 'this emotion' : 'these emotions'}; more training data or features aimed at ${low.length === 1 ? 'it' : 'them'} are needed first.`);
        }
        else {
            items.push(`Every emotion with test clips has at least ${pctText(options.lowRecall, 0)} recall with ${best.name}.`);
        }
        const chance = chanceUa(results);
        if (isNumber(chance) && best.ua.mean < chance + 0.1) {
            items.push(`The best UA (${pctText(best.ua.mean)}) is within 10 percentage points of chance (${pctText(chance)}): check the features and labels before tuning the models.`);
        }
    }
    const spread = ranked.filter((m) => isNumber(m.ua.std) && m.ua.std >= options.largeFoldStd);
    if (spread.length) {
        const worst = spread.reduce((x, y) => (y.ua.std > x.ua.std ? y : x));
        items.push(`Fold-to-fold spread is large (UA std ≥ ${pct(options.largeFoldStd)} pp for ${joinAnd(spread.map((m) => m.name))}${spread.length > 1 ? `; up to ${pct(worst.ua.std)} pp for ${worst.name}` : `: ${pct(worst.ua.std)} pp`}): results depend on which speakers are tested, so more speakers are needed for stable estimates.`);
    }
    if (ranked.length >= 2) {
        const gap = ranked[0].ua.mean - ranked[1].ua.mean;
        const std = Math.max(ranked[0].ua.std, ranked[1].ua.std);
        if (isNumber(std) && gap < std) {
            items.push(`The gap between the top two models (${pct(gap)} pp) is smaller than their fold std (up to ${pct(std)} pp): more speakers or folds are needed to separate them.`);
        }
    }
    const f = foldCount(results);
    if (f > 0 && f <= 5 && models.length >= 2) {
        items.push(`With ${plural(f, 'fold')} the Wilcoxon test can never reach p < 0.05 (its floor is ${pValue(wilcoxonFloor(f))}): use at least 6 folds, or leave-one-speaker-out, for fold-level tests.`);
    }
    const curves = (results.curves ?? []).filter((c) => c.points.length > 0);
    if (curves.length) {
        // Only runs that had validation speakers chose an epoch; without them the last epoch is kept by design.
        const validated = curves.filter((c) => c.points.some((p) => isNumber(p.valUa)));
        const atEnd = validated.filter((c) => c.bestEpoch >= Math.max(...c.points.map((p) => p.epoch)));
        if (validated.length > 0 && atEnd.length > validated.length / 2) {
            items.push(`In ${atEnd.length} of ${plural(validated.length, 'training run')} the best validation epoch was the last one: training stopped while still improving, so allow more epochs.`);
        }
    }
    return [heading(2, 'Recommendations'), items.length ? list(items) : paragraph('No recommendation follows from these numbers.')];
}
//# sourceMappingURL=conclusion.js.map