using Tthc.Core.Indicators;

namespace Tthc.Core.Tests.Support;

/// <summary>The built-in catalog, read once for the tests (hosts read it once at start-up the same way).</summary>
internal static class TestCatalog
{
    public static IndicatorCatalog BuiltIn { get; } = IndicatorCatalogFile.ReadBuiltIn();
}
