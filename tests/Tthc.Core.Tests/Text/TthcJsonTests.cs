using System.Text.Json;
using Tthc.Core.Rollups;
using Tthc.Core.Text;
using Tthc.Core.Units;

namespace Tthc.Core.Tests.Text;

public sealed class TthcJsonTests
{
    [Fact]
    public void Serialize_Enums_AreCamelCaseStrings()
        => Assert.Equal("""{"status":"onlyReported","level":"commune"}""", JsonSerializer.Serialize(new { Status = CrossCheckStatus.OnlyReported, Level = UnitLevel.Commune }, TthcJson.Options));

    [Fact]
    public void Serialize_EnumDictionaryKeys_AreCamelCaseAndReadBack()
    {
        var json = JsonSerializer.Serialize(new Dictionary<UnitLevel, int> { [UnitLevel.Commune] = 1 }, TthcJson.Options);

        Assert.Equal("""{"commune":1}""", json);
        Assert.Equal(1, JsonSerializer.Deserialize<Dictionary<UnitLevel, int>>(json, TthcJson.Options)![UnitLevel.Commune]);
    }

    [Fact]
    public void Name_EnumValue_IsItsJsonName()
        => Assert.Equal(("department", true, UnitLevel.Department), (TthcJson.Name(UnitLevel.Department), TthcJson.TryParse<UnitLevel>("department", out var level), level));
}
