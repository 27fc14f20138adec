using Tthc.Core.Extraction;

namespace Tthc.Core.Validation;

/// <summary>One named consistency rule, run on every parsed report.</summary>
public interface IValidationRule
{
    /// <summary>The rule's name as shown in findings.</summary>
    string Name { get; }

    /// <summary>Checks a report; <paramref name="history"/> holds the unit's earlier periods' values (oldest first).</summary>
    IEnumerable<Finding> Check(ParsedReport report, IReadOnlyList<IReadOnlyDictionary<string, decimal>> history);
}
