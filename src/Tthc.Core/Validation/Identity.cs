namespace Tthc.Core.Validation;

/// <summary>
/// A consistency identity of DOMAIN.md ("Consistency rules"): a total equals the sum of its terms.
/// It is checked only when the total and every required term are present.
/// </summary>
/// <param name="Name">The rule's name as shown in findings, e.g. <c>dossiers.received = carried_over + received_online + received_direct</c>.</param>
/// <param name="Total">The code of the total.</param>
/// <param name="Terms">The terms that add up to it.</param>
/// <param name="Severity">Error for hard identities, warning for soft ones.</param>
public sealed record Identity(string Name, string Total, IReadOnlyList<IdentityTerm> Terms, Severity Severity = Severity.Error);
