namespace Tthc.Api.Apis;

/// <summary>The body of a successful registry upload.</summary>
/// <param name="Province">The province whose registry it is.</param>
/// <param name="Rows">Rows loaded.</param>
public sealed record RegistryLoaded(string Province, int Rows);
