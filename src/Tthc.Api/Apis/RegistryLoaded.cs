namespace Tthc.Api.Apis;

/// <summary>The body of a successful registry upload.</summary>
/// <param name="Name">Registry file name.</param>
/// <param name="Rows">Rows loaded.</param>
public sealed record RegistryLoaded(string Name, int Rows);
