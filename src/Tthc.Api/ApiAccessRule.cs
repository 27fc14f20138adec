using Tthc.Core.Access;

namespace Tthc.Api;

/// <summary>Which roles may call one route, and which route value (or query value) their scope must cover.</summary>
/// <param name="Method">HTTP method.</param>
/// <param name="Route">Route template of <see cref="ApiRoutes"/>.</param>
/// <param name="Roles">Roles allowed at all.</param>
/// <param name="Scope">What the key's scope is checked against.</param>
/// <param name="Parameter">The route (or, for <see cref="ApiScope.ProvinceQuery"/>, query) value holding it.</param>
public sealed record ApiAccessRule(string Method, string Route, IReadOnlySet<AccessRole> Roles, ApiScope Scope, string? Parameter = null);
