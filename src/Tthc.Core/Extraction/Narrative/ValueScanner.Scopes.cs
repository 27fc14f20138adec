using Tthc.Core.Text;
using Tthc.Core.Units;

namespace Tthc.Core.Extraction.Narrative;

/// <content>Whose figures a sentence gives: the whole unit, its level below, another unit, or its own one-stop body.</content>
internal sealed partial class ValueScanner
{
    private static readonly string[] Connectors =
    [
        "trong do", "cu the", "trong khi do", "ngoai ra", "dong thoi", "ben canh do", "theo do", "tuy nhien", "con", "va", "nhu vay", "trong ngay", "trong ky",
    ];

    private SentenceScope ScopeOf(TokenizedReport report, Sentence sentence, UnitLevel? unitLevel)
    {
        var all = SentenceWords(report, sentence);
        var words = all;
        var connector = string.Empty;
        foreach (var c in Connectors)
        {
            if (words.StartsWith(c + " ", StringComparison.Ordinal))
            {
                connector = c;
                words = words[(c.Length + 1)..];
                break;
            }
        }

        var head = string.Join(' ', words.Split(' ').Take(10));
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

            if (lexicon.IsSubUnit(" " + string.Join(' ', place.Split(' ').Take(8)) + " ", unitLevel))
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
        var words = new List<string>();
        for (var k = sentence.From; k < sentence.To; k++)
        {
            if (report.Tokens[k].Kind == TextTokenKind.Word)
            {
                words.Add(report.Tokens[k].Text);
            }
        }

        return string.Join(' ', words);
    }
}
