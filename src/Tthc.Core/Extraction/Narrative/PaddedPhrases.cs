using System.Buffers;

namespace Tthc.Core.Extraction.Narrative;

/// <summary>
/// Folded phrases with a space before and after, so that they match whole words of padded text (" tiep nhan "
/// in " tong so ho so tiep nhan "). Every label and clause of a report is asked about several such sets: all the
/// phrases of a set are searched for at once.
/// </summary>
internal sealed class PaddedPhrases
{
    private readonly SearchValues<string> search;

    /// <summary>Pads folded phrases ("tiep nhan" becomes " tiep nhan ").</summary>
    public PaddedPhrases(IEnumerable<string> phrases)
    {
        Items = [.. phrases.Select(p => string.Concat(" ", p, " "))];
        search = SearchValues.Create(Items, StringComparison.Ordinal);
    }

    /// <summary>The padded phrases, in the order given.</summary>
    public string[] Items { get; }

    /// <summary>Whether padded text contains any of the phrases.</summary>
    public bool In(string padded) => padded.AsSpan().ContainsAny(search);
}
