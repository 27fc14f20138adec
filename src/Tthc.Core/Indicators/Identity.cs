using Tthc.Core.Validation;

namespace Tthc.Core.Indicators;

/// <summary>
/// A consistency identity of DOMAIN.md ("Consistency rules"), declared in the catalog on its total: the total
/// equals the sum of its terms (and every part is at most its total). It is checked only when the total and
/// every required term are present.
/// </summary>
/// <param name="Name">The rule's name as shown in findings, e.g. <c>dossiers.received = carried_over + received_online + received_direct</c>.</param>
/// <param name="Total">The code of the total.</param>
/// <param name="Terms">The terms that add up to it.</param>
/// <param name="Severity">Error for hard identities, warning for soft ones.</param>
public sealed record Identity(string Name, string Total, IReadOnlyList<IdentityTerm> Terms, Severity Severity = Severity.Error)
{
    /// <summary>Every code the terms can be read from (their own and those that stand for them).</summary>
    public IEnumerable<string> PartCodes => Terms.SelectMany(t => t.Codes).Distinct(StringComparer.Ordinal);

    /// <summary>True when every term is a plain, required code: the total can be derived from its parts alone.</summary>
    public bool IsPlainSum => Terms.All(t => t.Instead is null && !t.Optional && t.OptionalFrom is null);

    /// <summary>The name the catalog gives an identity that states none: <c>total = short + short …</c>.</summary>
    public static string NameOf(string total, IEnumerable<IdentityTerm> terms)
        => $"{total} = {string.Join(" + ", terms.SelectMany(t => t.Instead ?? [t.Code]).Select(ShortCode))}";

    /// <summary>The code without its group: <c>dossiers.received_online</c> → <c>received_online</c>.</summary>
    public static string ShortCode(string code) => code[(code.IndexOf('.', StringComparison.Ordinal) + 1)..];
}
