namespace Tthc.Api;

/// <summary>What a route's scope check compares the key's scope with.</summary>
public enum ApiScope
{
    /// <summary>Nothing beyond the role (the use case checks the body, e.g. which key a province may make).</summary>
    Role,

    /// <summary>A unit code in the route: the unit's key, its province's key (by the registry), admin.</summary>
    Unit,

    /// <summary>A submission id in the route: as <see cref="Unit"/> for the submission's unit.</summary>
    Submission,

    /// <summary>A province code in the route: that province's key, admin.</summary>
    Province,

    /// <summary>An optional province code in the query: when given, that province's key or admin.</summary>
    ProvinceQuery,
}
