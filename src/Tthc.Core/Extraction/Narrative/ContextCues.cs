using Tthc.Core.Indicators;
using Tthc.Core.Periods;
using Tthc.Core.Text;

namespace Tthc.Core.Extraction.Narrative;

/// <summary>
/// The catalog's set-aside cues (<see cref="SetAsideCues"/>) applied to a number in its clause: a hedge or a change
/// right before it, a rounding word after it, another period, a target, a stray (document, level, place, rank) number.
/// </summary>
internal sealed class ContextCues
{
    private static readonly HashSet<string> ShareWords = new(StringComparer.Ordinal)
    {
        "chiem", "dat", "ty", "ti", "le", "bang", "den", "tuong", "ung", "voi", "la", "va", "so", "con",
    };

    private readonly string[][] hedgedBefore;
    private readonly HashSet<string> roundedAfter;
    private readonly string[][] changeBefore;
    private readonly PaddedPhrases otherPeriod;
    private readonly PaddedPhrases target;
    private readonly string[][] notCatalogBefore;
    private readonly PaddedPhrases notCatalog;
    private readonly string[] scopeOpeners;
    private readonly string[][] wholeMarkers;
    private readonly HashSet<string> wholeMarkerStarts;

    /// <summary>Creates the cues of a catalog's reading vocabulary.</summary>
    public ContextCues(ReadingVocabulary reading)
    {
        var c = reading.SetAside;
        hedgedBefore = Split(c.HedgedBefore);
        roundedAfter = new(c.RoundedAfter, StringComparer.Ordinal);
        changeBefore = Split(c.ChangeBefore);
        otherPeriod = new PaddedPhrases(c.OtherPeriod);
        target = new PaddedPhrases(c.Target);
        notCatalogBefore = Split(c.NotCatalogBefore);
        notCatalog = new PaddedPhrases(c.NotCatalog);
        scopeOpeners = [.. c.ScopeOpeners.Select(p => p + " ")];
        wholeMarkers = Split(c.WholeMarkers);
        wholeMarkerStarts = new(wholeMarkers.Select(m => m[0]), StringComparer.Ordinal);
    }

    /// <summary>Words before a percent that only attach it to the count before ("chiếm", "đạt tỷ lệ", nothing at all).</summary>
    public bool IsShareLabel(string before) => before.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(ShareWords.Contains);

    /// <summary>True when the label states a target or plan.</summary>
    public bool TargetIn(string label) => target.In(" " + label + " ");

    /// <summary>True when the words name a figure with no catalog code ("đến hạn giải quyết", "lượt").</summary>
    public bool NotCatalogIn(string words) => notCatalog.In(" " + words + " ");

    /// <summary>True when the first words of a sentence open a part of the unit or another unit for the rest of the paragraph.</summary>
    public bool OpensScope(ReadOnlySpan<char> head)
    {
        // As if the head had a space after it: an opener (with its trailing space) begins it or is all of it.
        foreach (var o in scopeOpeners)
        {
            if (head.StartsWith(o, StringComparison.Ordinal) || (head.Length == o.Length - 1 && o.AsSpan().StartsWith(head, StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the words among tokens [<paramref name="from"/>, <paramref name="to"/>) name the whole unit ("toàn tỉnh").</summary>
    public bool NamesWhole(IReadOnlyList<TextToken> tokens, int from, int to)
    {
        // Asked of every sentence: the markers are matched word by word (other tokens skipped, as in joined words).
        for (var k = from; k < to; k++)
        {
            // Most words begin no marker: one set look-up instead of a walk per marker.
            if (tokens[k] is not { Kind: TextTokenKind.Word } token || !wholeMarkerStarts.Contains(token.Text))
            {
                continue;
            }

            foreach (var marker in wholeMarkers)
            {
                if (WordsAt(tokens, k, to, marker))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>True for a number that is a document, level, place or rank number ("Nghị định 118", "mức độ 3, 4", "Phường 1").</summary>
    public bool IsStray(IReadOnlyList<TextToken> tokens, int k)
    {
        if (tokens[k].Kind != TextTokenKind.Number)
        {
            return false;
        }

        if (EndsWith(tokens, k, 3, notCatalogBefore))
        {
            return true;
        }

        // "mức độ 3, 4": a list goes on after its first number.
        return k >= 2 && tokens[k - 1].Text == "," && tokens[k - 2].Kind == TextTokenKind.Number && tokens[k - 2].Text.Length <= 2
            && EndsWith(tokens, k - 2, 3, notCatalogBefore);
    }

    /// <summary>Why a number is no value of the unit's period, from its own clause; null when nothing says so.</summary>
    /// <param name="report">The report.</param>
    /// <param name="k">The number's token.</param>
    /// <param name="clauseStart">The first token of its clause.</param>
    /// <param name="clauseWords">The folded words of its clause around it.</param>
    /// <param name="period">The report's period, if known.</param>
    public NotValueReason? WhyNot(TokenizedReport report, int k, int clauseStart, string clauseWords, ReportingPeriod? period)
    {
        var tokens = report.Tokens;
        if (EndsWith(tokens, k, 2, hedgedBefore) || (k + 1 < tokens.Count && tokens[k + 1].Kind == TextTokenKind.Word && roundedAfter.Contains(tokens[k + 1].Text)))
        {
            return NotValueReason.Hedged;
        }

        if (EndsWith(tokens, k, 2, changeBefore) || otherPeriod.In(" " + clauseWords + " ") || OtherPeriodIn(tokens, clauseStart, k, period))
        {
            return NotValueReason.OtherPeriod;
        }

        return null;
    }

    private static bool OtherPeriodIn(IReadOnlyList<TextToken> tokens, int from, int to, ReportingPeriod? period)
    {
        // "tháng 8 đạt 97,64%" in a July report; "năm 2021: 3.000" in a 2022 report.
        if (period is null)
        {
            return false;
        }

        for (var j = Math.Max(from, 0); j < to - 1; j++)
        {
            if (tokens[j].Is("thang") && period.Kind is not PeriodKind.Custom && MonthOf(tokens[j + 1]) is { } month
                && !(j + 2 < tokens.Count && tokens[j + 2].Is("dau")))
            {
                var first = new DateOnly(period.Year, month, 1);
                var inside = period.Kind == PeriodKind.Year || (first >= new DateOnly(period.From.Year, period.From.Month, 1).AddMonths(period.From.Day > 14 ? 1 : 0) && first <= period.To);
                if (!inside)
                {
                    return true;
                }
            }

            if (tokens[j].Is("nam") && tokens[j + 1].Kind == TextTokenKind.Number && tokens[j + 1].Text.Length == 4
                && int.TryParse(tokens[j + 1].Text, System.Globalization.CultureInfo.InvariantCulture, out var year) && year is >= 2000 and <= 2100
                && year != period.Year && year != period.To.Year && year != period.From.Year)
            {
                return true;
            }
        }

        return false;
    }

    private static int? MonthOf(TextToken token)
    {
        var text = token.Kind == TextTokenKind.Slashed ? token.Text.Split('/')[0] : token.Kind == TextTokenKind.Number ? token.Text : null;
        return int.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var m) && m is >= 1 and <= 12 ? m : null;
    }

    private static bool EndsWith(IReadOnlyList<TextToken> tokens, int k, int maxWords, string[][] phrases)
    {
        // Whether one of the phrases is the last words of the run of at most maxWords words right before token k.
        // Asked of every number in a report, so it compares tokens instead of joining them into strings.
        var run = 0;
        while (run < maxWords && k - run - 1 >= 0 && tokens[k - run - 1].Kind == TextTokenKind.Word)
        {
            run++;
        }

        foreach (var phrase in phrases)
        {
            if (phrase.Length > run)
            {
                continue;
            }

            var same = true;
            for (var i = 0; i < phrase.Length && same; i++)
            {
                same = string.Equals(tokens[k - phrase.Length + i].Text, phrase[i], StringComparison.Ordinal);
            }

            if (same)
            {
                return true;
            }
        }

        return false;
    }

    private static bool WordsAt(IReadOnlyList<TextToken> tokens, int k, int to, string[] words)
    {
        // Whether the words from token k on (tokens that are not words skipped) begin with the given words.
        var j = k;
        foreach (var word in words)
        {
            while (j < to && tokens[j].Kind != TextTokenKind.Word)
            {
                j++;
            }

            if (j >= to || !string.Equals(tokens[j].Text, word, StringComparison.Ordinal))
            {
                return false;
            }

            j++;
        }

        return true;
    }

    private static string[][] Split(IEnumerable<string> phrases) => [.. phrases.Select(p => p.Split(' '))];
}
