using Tthc.Core.Units;

namespace Tthc.Core.Tests.Units;

public sealed class UnitLevelsTests
{
    [Theory]
    [InlineData("UBND xã Khúc Thừa Dụ", UnitLevel.Commune)]
    [InlineData("Phường Hồng Châu", UnitLevel.Commune)]
    [InlineData("THI TRAN DONG HUNG", UnitLevel.Commune)]
    [InlineData("Đặc khu Bạch Long Vĩ", UnitLevel.Commune)]
    [InlineData("Uỷ ban nhân dân huyện Cẩm Xuyên", UnitLevel.District)]
    [InlineData("Thị xã Kỳ Anh", UnitLevel.District)]
    public void StatedBy_LevelPrefix_GivesLevel(string name, UnitLevel level) => Assert.Equal(level, UnitLevels.StatedBy(name));

    [Theory]
    [InlineData("Thành phố Hải Phòng")]
    [InlineData("Sở Nội vụ")]
    [InlineData("Quan Sơn")]
    [InlineData("Xã")]
    public void StatedBy_NoLevelPrefix_GivesNull(string name) => Assert.Null(UnitLevels.StatedBy(name));

    [Theory]
    [InlineData("Commune", UnitLevel.Commune)]
    [InlineData(" district ", UnitLevel.District)]
    public void TryParse_LevelCode_GivesLevel(string text, UnitLevel level)
    {
        Assert.True(UnitLevels.TryParse(text, out var parsed));
        Assert.Equal(level, parsed);
    }
}
