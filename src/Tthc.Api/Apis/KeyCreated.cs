using Tthc.Core.Access;

namespace Tthc.Api.Apis;

/// <summary>The 201 body of <c>POST /api/keys</c>: the key, shown this once (only its hash is stored).</summary>
/// <param name="Key">The key to send as <c>Authorization: Bearer …</c>.</param>
/// <param name="Id">Its id (for <c>DELETE /api/keys/{id}</c>).</param>
/// <param name="Role">Role.</param>
/// <param name="Scope">Unit or province code.</param>
/// <param name="Expires">When it stops working.</param>
public sealed record KeyCreated(string Key, string Id, AccessRole Role, string Scope, DateTimeOffset? Expires);
