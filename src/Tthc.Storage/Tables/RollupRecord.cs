using Tthc.Core.Rollups;

namespace Tthc.Storage.Tables;

/// <summary>
/// The stored shape of a rollup (JSON in the <c>Rollups</c> table): its figures and the province's own values,
/// each once. Labels, the cross-check and the drafted paragraph are derived when read, so they are not kept.
/// </summary>
/// <param name="Rollup">The consolidated figures.</param>
/// <param name="ProvinceValues">The province's own report's values; null when it sent none.</param>
internal sealed record RollupRecord(Rollup Rollup, IReadOnlyDictionary<string, decimal>? ProvinceValues);
