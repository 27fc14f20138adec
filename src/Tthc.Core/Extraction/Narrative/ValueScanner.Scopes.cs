using Tthc.Core.Text;
using Tthc.Core.Units;

namespace Tthc.Core.Extraction.Narrative;

/// <content>Whose figures a sentence gives: the whole unit, its level below, another unit, or its own one-stop body.</content>
internal sealed partial class ValueScanner
{
    [ThreadStatic]
    private static System.Text.StringBuilder? Builder;

    [ThreadStatic]
    private static char[]? HeadBuffer;

    // With their trailing space: every sentence is checked against them.
    private static readonly string[] Connectors =
    [
        "trong do ", "cu the ", "trong khi do ", "ngoai ra ", "dong thoi ", "ben canh do ", "theo do ", "tuy nhien ", "con ", "va ", "nhu vay ", "trong ngay ", "trong ky ",
    ];

    private SentenceScope ScopeOf(TokenizedReport report, Sentence sentence, UnitLevel? unitLevel)
    {
        // Every sentence is looked at, most of them prose without a value: only its head is joined into words, and the
        // whole-unit markers are looked for among its tokens.
        var words = HeadWords(report, sentence);
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

        // Sub-unit markers and scope openers are a few words: the head holds them.
        var head = FirstWords(words, 10);
        if (cues.OpensScope(head))
        {
            return lexicon.IsSubUnit(string.Concat(" ", head, " "), unitLevel) ? SentenceScope.SubLevel : SentenceScope.OtherPart;
        }

        if (cues.NamesWhole(report.Tokens, sentence.From, sentence.To))
        {
            return SentenceScope.Whole;
        }

        if (lexicon.StartsWithSubUnit(head, unitLevel))
        {
            return SentenceScope.SubLevel;
        }

        var place = words;
        var at = words.StartsWith("tai ", StringComparison.Ordinal) || words.StartsWith("o ", StringComparison.Ordinal)
            || words.StartsWith("doi voi ", StringComparison.Ordinal);
        if (at)
        {
            place = words[(words.IndexOf(' ') + 1)..];
            if (place.StartsWith("voi ", StringComparison.Ordinal))
            {
                place = place[4..];
            }

            if (lexicon.IsSubUnit(string.Concat(" ", FirstWords(place, 8), " "), unitLevel))
            {
                return SentenceScope.SubLevel;
            }
        }

        // A body's name and level are within its first 16 words (all that BodyAt reads).
        if (UnitMentions.BodyAt(FirstWords(place, 17)) is { } body)
        {
            var own = body.Level is null || unitLevel is null || body.Level == unitLevel;
            return !own ? SentenceScope.OtherPart : connector == "trong do" ? SentenceScope.OtherPart : SentenceScope.OwnBody;
        }

        return at && IsPlace(string.Concat("tai ", FirstWords(place, 2))) ? SentenceScope.OtherPart : SentenceScope.None;
    }

    /// <summary>
    /// The first words of a sentence joined by single spaces: enough for a connector (three words), "tại"/"đối với"
    /// (two), "với" and the 17 words <see cref="FirstWords"/> is asked for after them, so every prefix read is as if the
    /// whole sentence had been joined. Every sentence is asked: the words are written into a buffer of the thread,
    /// valid until the next call, not into a string.
    /// </summary>
    private static ReadOnlySpan<char> HeadWords(TokenizedReport report, Sentence sentence)
    {
        const int MaxWords = 24;
        var buffer = HeadBuffer ??= new char[512];
        var length = 0;
        var count = 0;
        for (var k = sentence.From; k < sentence.To && count < MaxWords; k++)
        {
            if (report.Tokens[k].Kind == TextTokenKind.Word)
            {
                var text = report.Tokens[k].Text;
                if (length + text.Length + 1 > buffer.Length)
                {
                    Array.Resize(ref buffer, Math.Max(buffer.Length * 2, length + text.Length + 1));
                    HeadBuffer = buffer;
                }

                if (count++ > 0)
                {
                    buffer[length++] = ' ';
                }

                text.CopyTo(buffer.AsSpan(length));
                length += text.Length;
            }
        }

        return buffer.AsSpan(0, length);
    }

    /// <summary>The first <paramref name="count"/> words of single-spaced words (all of them when fewer).</summary>
    private static ReadOnlySpan<char> FirstWords(ReadOnlySpan<char> words, int count)
    {
        var end = 0;
        for (var i = 0; i < count; i++)
        {
            var space = words[end..].IndexOf(' ');
            if (space < 0)
            {
                return words;
            }

            end += space + (i + 1 < count ? 1 : 0);
        }

        return words[..end];
    }
}
