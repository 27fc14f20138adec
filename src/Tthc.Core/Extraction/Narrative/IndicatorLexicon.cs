using Tthc.Core.Indicators;
using Tthc.Core.Text;
using Tthc.Core.Units;

namespace Tthc.Core.Extraction.Narrative;

/// <summary>
/// Reads what an indicator label means from the structure of the language, matching the catalog's label
/// families (<see cref="LabelFamily"/>): the subject noun (hồ sơ, PAKN, TTHC, dịch vụ công), the action (tiếp
/// nhận, giải quyết, đang giải quyết, trả lại…), the qualifiers (trực tuyến, trước hạn, quá hạn, cấp xã…) and,
/// for rates, <c>tỷ lệ</c>. A label that lacks the subject or action takes it from the sentence's head ("Tổng số
/// hồ sơ đã giải quyết: N; trong đó: trước hạn A, đúng hạn B"). Knows no indicator itself: all of it is catalog data.
/// </summary>
public sealed class IndicatorLexicon
{
    // A label of at most this many words may put a level before its noun ("cấp tỉnh 1.501 TTHC").
    private const int ShortLabelWords = 7;

    private readonly string[] rateWords;
    private readonly PaddedPhrases vocabulary;
    private readonly PaddedPhrases anyNoun;
    private readonly (string Phrase, Subject Subject)[] nouns;
    private readonly Dictionary<string, Subject> subjects;
    private readonly Dictionary<UnitLevel, PaddedPhrases> subUnits;
    private readonly Family[] rateFamilies;
    private readonly Family[] namedFamilies;
    private readonly Dictionary<(string Subject, string Action), Family[]> subjectFamilies;
    private readonly Dictionary<string, (Subject Subject, string Action)> heads;

    /// <summary>Creates a lexicon for a catalog: its label families and their vocabulary.</summary>
    public IndicatorLexicon(IndicatorCatalog catalog)
    {
        var reading = catalog.Reading;
        var actions = reading.Actions.ToDictionary(a => a.Name, StringComparer.Ordinal);
        rateWords = Pad(reading.RateWords);
        vocabulary = new PaddedPhrases(reading.Subjects.SelectMany(s => s.Nouns).Concat(reading.Vocabulary));
        anyNoun = new PaddedPhrases(reading.Subjects.SelectMany(s => s.Nouns));
        subjects = reading.Subjects.ToDictionary(
            s => s.Name,
            s => new Subject(
                s,
                Pad(s.Nouns),
                [.. reading.Actions.Where(a => s.Actions.Contains(a.Name)).Select(a => (a.Name, new PaddedPhrases(a.Phrases)))],
                new PaddedPhrases(s.BreakdownWhen),
                new PaddedPhrases(s.NotWhen)),
            StringComparer.Ordinal);
        nouns = [.. reading.Subjects.SelectMany(s => subjects[s.Name].Nouns.Select(n => (n, subjects[s.Name])))];
        subUnits = reading.SubUnits.ToDictionary(kv => kv.Key, kv => new PaddedPhrases(kv.Value));

        var families = catalog.All
            .SelectMany((d, di) => d.Reading.Families.Select((f, fi) => (Family: f, Order: (di * 100) + fi)))
            .OrderBy(x => x.Family.Rank).ThenBy(x => x.Order)
            .Select(x => new Family(x.Family, x.Family.Subject is { } s ? subjects[s] : null, [.. (x.Family.AllOf ?? []).Select(g => new PaddedPhrases(g))], new PaddedPhrases(x.Family.Without ?? []), new PaddedPhrases(x.Family.NotWhen ?? [])))
            .ToList();
        rateFamilies = [.. families.Where(f => f.Data.Shape == LabelShape.Rate)];
        namedFamilies = [.. families.Where(f => f.Data.Shape == LabelShape.Named)];
        subjectFamilies = families.Where(f => f.Data.Shape == LabelShape.Subject)
            .GroupBy(f => (f.Data.Subject!, f.Data.Action ?? string.Empty))
            .ToDictionary(g => g.Key, g => g.ToArray());

        // What a head of each indicator passes on to the clauses after it: its subject and (continued) action.
        heads = new(StringComparer.Ordinal);
        foreach (var d in catalog.All)
        {
            if (d.Reading.Families.FirstOrDefault(f => f.Shape == LabelShape.Subject) is { } f)
            {
                var action = f.Action is null ? string.Empty : actions[f.Action].ContinuesAs ?? f.Action;
                heads[d.Code] = (subjects[f.Subject!], action);
            }
        }
    }

    /// <summary>Whether folded label words carry any indicator vocabulary at all.</summary>
    public bool HasVocabulary(string words)
    {
        return vocabulary.In(Pad(words));
    }

    /// <summary>Classifies raw label text (any spelling): used for catalog labels and spreadsheet rows.</summary>
    public LabelMatch ClassifyText(string label, UnitLevel? unitLevel = null) => Classify(OcrTokenizer.Words(label), null, unitLevel);

    /// <summary>
    /// Classifies folded label words. <paramref name="family"/> is the code of the sentence's head, whose subject
    /// and action a short label ("đúng hạn: 40.890") inherits; <paramref name="unitLevel"/> tells which level
    /// qualifiers are parts of the unit.
    /// </summary>
    public LabelMatch Classify(string words, string? family, UnitLevel? unitLevel) => Classify(words, family, unitLevel, implied: false);

    /// <summary>
    /// Classifies the words after a percent that opens its clause as a rate's label ("97,7% hồ sơ … được thanh toán
    /// trực tuyến", "100% giải quyết trước hạn"): as if they followed "tỷ lệ", leaving out families that need the word itself.
    /// </summary>
    public LabelMatch ClassifyImpliedRate(string words, UnitLevel? unitLevel)
        => Classify(rateWords[0].Trim() + " " + words, null, unitLevel, implied: true);

    /// <summary>Whether padded label words name a sub-unit or another level of a unit of <paramref name="level"/> (a breakdown).</summary>
    public bool IsSubUnit(string paddedWords, UnitLevel? level) => IsSubUnitPadded(paddedWords, level);

    /// <summary>Whether folded words begin with a sub-unit or level of a unit of <paramref name="level"/> ("cấp xã đã tiếp nhận …").</summary>
    public bool StartsWithSubUnit(ReadOnlySpan<char> words, UnitLevel? level)
    {
        if (!subUnits.TryGetValue(level ?? UnitLevel.Province, out var markers))
        {
            return false;
        }

        // As if the words were padded: a marker without its leading space begins them, or is all of them but its trailing space.
        foreach (var m in markers.Items)
        {
            var tail = m.AsSpan(1);
            if (words.StartsWith(tail, StringComparison.Ordinal) || (words.Length == tail.Length - 1 && tail.StartsWith(words, StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    private LabelMatch Classify(string words, string? family, UnitLevel? unitLevel, bool implied)
    {
        var p = Pad(words);
        if (IndexOfAny(p, rateWords, out var rateWordLength) is var rateAt and >= 0)
        {
            var named = FirstSubject(Pad(FirstWords(p.AsSpan(rateAt + rateWordLength), 4)));
            return First(rateFamilies, p, f => (named is null ? f.Data.SubjectOptional : f.Subject == named) && !(implied && f.Data.Explicit), unitLevel, inherited: false, countLike: false);
        }

        var stated = FirstSubject(p);
        var byName = First(namedFamilies, p, f => f.Data.NotSubject is null || stated?.Data.Name != f.Data.NotSubject, unitLevel, inherited: false, countLike: false);
        if (byName.Code is not null)
        {
            return byName;
        }

        var (headSubject, headAction) = family is not null && heads.TryGetValue(family, out var head) ? head : (null, string.Empty);
        var subject = stated;
        var inherited = false;
        if (subject is null && headSubject is not null)
        {
            subject = headSubject;
            inherited = true;
        }

        if (subject is null || subject.NotWhen.In(p))
        {
            return LabelMatch.None;
        }

        var action = ActionOf(p, subject);
        if (action.Length == 0 && subject == headSubject && headAction.Length > 0)
        {
            action = headAction;
            inherited = true;
        }

        var (match, matched) = subjectFamilies.TryGetValue((subject.Data.Name, action), out var candidates)
            ? Find(candidates, p, _ => true, unitLevel, inherited, countLike: true)
            : (LabelMatch.None, null);

        // The head's own code again with nothing of its own: a breakdown of unknown kind (unless the family says it may repeat its head).
        return match.Code is not null && inherited && match.Code == family && matched?.Data.MayRepeatHead != true ? LabelMatch.None : match;
    }

    private LabelMatch First(Family[] families, string p, Func<Family, bool> applies, UnitLevel? unitLevel, bool inherited, bool countLike)
        => Find(families, p, applies, unitLevel, inherited, countLike).Match;

    private (LabelMatch Match, Family? Family) Find(Family[] families, string p, Func<Family, bool> applies, UnitLevel? unitLevel, bool inherited, bool countLike)
    {
        foreach (var f in families)
        {
            if (!applies(f) || !Fits(f, p))
            {
                continue;
            }

            if (f.NotWhen.In(p))
            {
                return (LabelMatch.None, null);
            }

            var breakdown = IsSubUnitPadded(p, unitLevel) && f.Subject?.Data.LevelsAreOwn != true;
            breakdown |= countLike && f.Subject is { } s && s.BreakdownWhen.In(p);
            return (new LabelMatch(f.Data.Code, breakdown, inherited || f.Data.Weak), f);
        }

        return (LabelMatch.None, null);
    }

    private static bool Fits(Family f, string p)
    {
        foreach (var group in f.AllOf)
        {
            if (!group.In(p))
            {
                return false;
            }
        }

        if (f.Without.In(p))
        {
            return false;
        }

        if (f.Data.AfterNoun && f.AllOf.Length > 0 && p.AsSpan().Count(' ') > ShortLabelWords + 1)
        {
            // The level must qualify the noun ("TTHC … cấp tỉnh"), not a unit named before it. (A loop, not a lambda:
            // every family is asked of every label, and a lambda over the label would be allocated on each ask.)
            var at = IndexOfAny(p, f.AllOf[0].Items, out _);
            var noun = int.MinValue;
            foreach (var n in f.Subject!.Nouns)
            {
                noun = Math.Max(noun, p.IndexOf(n, StringComparison.Ordinal));
            }

            return noun >= 0 && noun < at;
        }

        return true;
    }

    private static string ActionOf(string p, Subject subject)
    {
        foreach (var (name, phrases) in subject.Actions)
        {
            if (phrases.In(p))
            {
                return name;
            }
        }

        return string.Empty;
    }

    private Subject? FirstSubject(string p)
    {
        if (!anyNoun.In(p))
        {
            return null;
        }

        Subject? best = null;
        var bestAt = int.MaxValue;
        foreach (var (phrase, subject) in nouns)
        {
            var at = p.IndexOf(phrase, StringComparison.Ordinal);
            if (at >= 0 && at < bestAt)
            {
                best = subject;
                bestAt = at;
            }
        }

        return best;
    }

    private bool IsSubUnitPadded(string p, UnitLevel? level)
        => subUnits.TryGetValue(level ?? UnitLevel.Province, out var markers) && markers.In(p);

    private static int IndexOfAny(string p, string[] phrases, out int length)
    {
        var best = -1;
        length = 0;
        foreach (var phrase in phrases)
        {
            var at = p.IndexOf(phrase, StringComparison.Ordinal);
            if (at >= 0 && (best < 0 || at < best))
            {
                best = at;
                length = phrase.Length;
            }
        }

        return best;
    }

    private static string Pad(string words) => string.Concat(" ", words, " ");

    /// <summary>The first <paramref name="count"/> words of text, joined by single spaces (runs of spaces are one).</summary>
    private static string FirstWords(ReadOnlySpan<char> text, int count)
    {
        var sb = new System.Text.StringBuilder(64);
        var taken = 0;
        foreach (var range in text.Split(' '))
        {
            if (taken == count)
            {
                break;
            }

            var word = text[range];
            if (!word.IsEmpty)
            {
                (taken++ > 0 ? sb.Append(' ') : sb).Append(word);
            }
        }

        return sb.ToString();
    }

    private static string[] Pad(IEnumerable<string> phrases) => [.. phrases.Select(Pad)];

    private sealed record Subject(LabelSubject Data, string[] Nouns, (string Name, PaddedPhrases Phrases)[] Actions, PaddedPhrases BreakdownWhen, PaddedPhrases NotWhen);

    private sealed record Family(LabelFamily Data, Subject? Subject, PaddedPhrases[] AllOf, PaddedPhrases Without, PaddedPhrases NotWhen);
}
