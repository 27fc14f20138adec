using Tthc.Core.Units;

namespace Tthc.Core.Extraction;

/// <summary>The issuing unit as the report names it.</summary>
/// <param name="Name">Name as written (or the registry name when known).</param>
/// <param name="Level">Level, when it can be told.</param>
/// <param name="Province">Province name, when it can be told.</param>
/// <param name="Code">Registry code, when the report gives one (canonical template) or it was matched.</param>
public sealed record ReportedUnit(string? Name, UnitLevel? Level, string? Province, string? Code);
