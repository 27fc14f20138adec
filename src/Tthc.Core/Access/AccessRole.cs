namespace Tthc.Core.Access;

/// <summary>What a key may do; each role is bound to a scope (CONTRACTS.md, "Identity and roles").</summary>
public enum AccessRole
{
    /// <summary>One unit (scope: its unit code): uploads its reports, reads its own submissions.</summary>
    Unit,

    /// <summary>One province (scope: its province code): its units, registry, rollups, reviews and unit keys.</summary>
    Province,

    /// <summary>Everything, including keys and the registries of every province (scope <c>*</c>).</summary>
    Admin,
}
