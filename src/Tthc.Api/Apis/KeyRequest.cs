using Tthc.Core.Access;

namespace Tthc.Api.Apis;

/// <summary>The body of <c>POST /api/keys</c>.</summary>
/// <param name="Role"><c>unit</c> or <c>province</c>.</param>
/// <param name="Scope">The unit or province code.</param>
/// <param name="Expires">When the key stops working; none = never.</param>
public sealed record KeyRequest(AccessRole Role, string Scope, DateTimeOffset? Expires);
