using Tthc.Core.Text;
using Tthc.Core.Units;

namespace Tthc.Core.Extraction.Narrative;

/// <content>Whose figures a sentence gives: the whole unit, its level below, another unit, or its own one-stop body.</content>
internal sealed partial class ValueScanner
{
    [ThreadStatic]
    private static System.Text.StringBuilder? Builder;

    // With their trailing space: every sentence is checked against them.
    private static readonly string[] Connectors =
    [
        "trong do ", "cu the ", "trong khi do ", "ngoai ra ", "dong thoi ", "ben canh do ", "theo do ", "tuy nhien ", "con ", "va ", "nhu vay ", "trong ngay ", "trong ky ",
    ];

    private SentenceScope ScopeOf(TokenizedReport report, Sentence sentence, UnitLevel? unitLevel)
    {
        // Every sentence is looked at, most of them prose without a value: only the head is cut out of the words.
        var all = SentenceWords(report, sentence);
        var words = all;
        var connector = string.Empty;
        foreach (var c in Connectors)
        {
            if (words.StartsWith(c, StringComparison.Ordinal))
            {
                connector = c[..^1];
                words = words[c.Length..];
                break;
            }
        }

        var head = FirstWords(words, 10);
        if (cues.OpensScope(head))
        {
            return lexicon.IsSubUnit(" " + head + " ", unitLevel) ? SentenceScope.SubLevel : SentenceScope.OtherPart;
        }

        if (cues.NamesWhole(all))
        {
            return SentenceScope.Whole;
        }

        if (lexicon.StartsWithSubUnit(words, unitLevel))
        {
            return SentenceScope.SubLevel;
        }

        var place = words;
        var at = words.StartsWith("tai ", StringComparison.Ordinal) || words.StartsWith("o ", StringComparison.Ordinal)
            || words.StartsWith("doi voi ", StringComparison.Ordinal);
        if (at)
        {
            place = words[(words.IndexOf(' ', StringComparison.Ordinal) + 1)..];
            if (place.StartsWith("voi ", StringComparison.Ordinal))
            {
                place = place[4..];
            }

            if (lexicon.IsSubUnit(" " + FirstWords(place, 8) + " ", unitLevel))
            {
                return SentenceScope.SubLevel;
            }
        }

        if (UnitMentions.BodyAt(place) is { } body)
        {
            var own = body.Level is null || unitLevel is null || body.Level == unitLevel;
            return !own ? SentenceScope.OtherPart : connector == "trong do" ? SentenceScope.OtherPart : SentenceScope.OwnBody;
        }

        return at && IsPlace("tai " + place) ? SentenceScope.OtherPart : SentenceScope.None;
    }

    private static string SentenceWords(TokenizedReport report, Sentence sentence)
    {
        var sb = Builder ??= new System.Text.StringBuilder(256);
        sb.Clear();
        for (var k = sentence.From; k < sentence.To; k++)
        {
            if (report.Tokens[k].Kind == TextTokenKind.Word)
            {
                (sb.Length > 0 ? sb.Append(' ') : sb).Append(report.Tokens[k].Text);
            }
        }

        return sb.ToString();
    }

    /// <summary>The first <paramref name="count"/> words of single-spaced words (all of them when fewer).</summary>
    private static string FirstWords(string words, int count)
    {
        var at = -1;
        for (var i = 0; i < count; i++)
        {
            at = words.IndexOf(' ', at + 1);
            if (at < 0)
            {
                return words;
            }
        }

        return words[..at];
    }
}
