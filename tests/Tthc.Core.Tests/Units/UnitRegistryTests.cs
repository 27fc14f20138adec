using Tthc.Core.Periods;
using Tthc.Core.Units;

namespace Tthc.Core.Tests.Units;

public sealed class UnitRegistryTests
{
    private static readonly DateOnly Q2End = ReportingPeriod.Quarter(2025, 2).End;
    private static readonly DateOnly Q3End = ReportingPeriod.Quarter(2025, 3).End;

    [Fact]
    public void Find_UnitReparentedInReform_IsInOldProvinceForQ2()
    {
        var unit = CreateSut().Find("xa-dong-hung", Q2End);

        Assert.NotNull(unit);
        Assert.Equal("thai-binh", unit.Province);
        Assert.Equal("thai-binh-huyen-dong-hung", unit.Parent);
    }

    [Fact]
    public void Find_UnitReparentedInReform_IsInNewProvinceForQ3()
    {
        var unit = CreateSut().Find("xa-dong-hung", Q3End);

        Assert.NotNull(unit);
        Assert.Equal("hung-yen", unit.Province);
        Assert.Equal("hung-yen", unit.Parent);
    }

    [Fact]
    public void Find_AbolishedDistrictAfterReform_GivesNull() => Assert.Null(CreateSut().Find("thai-binh-huyen-dong-hung", Q3End));

    [Fact]
    public void ReportingUnits_Q2_ListsUnitUnderOldProvinceOnly()
    {
        var sut = CreateSut();

        Assert.Equal(["thai-binh-huyen-dong-hung", "thai-binh-so-noi-vu", "xa-dong-hung"], sut.ReportingUnits("thai-binh", Q2End).Select(u => u.Code));
        Assert.Equal(["hung-yen-so-noi-vu"], sut.ReportingUnits("hung-yen", Q2End).Select(u => u.Code));
    }

    [Fact]
    public void ReportingUnits_Q3_ListsUnitUnderNewProvinceOnly()
    {
        var sut = CreateSut();

        Assert.Equal(["hung-yen-so-noi-vu", "xa-dong-hung"], sut.ReportingUnits("hung-yen", Q3End).Select(u => u.Code));
        Assert.Empty(sut.ReportingUnits("thai-binh", Q3End));
    }

    [Theory]
    [InlineData("UBND XA DONG HUNG")]
    [InlineData("Xã Đông Hưng")]
    [InlineData("Dong Hung commune")]
    [InlineData("Xa Ðông Hưng")]
    public void Match_WrittenName_FindsUnit(string name)
    {
        var unit = Assert.Single(CreateSut().Match(name, Q3End));

        Assert.Equal("xa-dong-hung", unit.Code);
        Assert.Equal("hung-yen", unit.Province);
    }

    [Fact]
    public void Match_NameOfUnitNotInForce_GivesNothing() => Assert.Empty(CreateSut().Match("Huyện Đông Hưng", Q3End));

    private static UnitRegistry CreateSut() => new(
    [
        new("hung-yen", "Tỉnh Hưng Yên", UnitLevel.Province, "hung-yen", null, null, null, []),
        new("thai-binh", "Tỉnh Thái Bình", UnitLevel.Province, "thai-binh", null, null, new DateOnly(2025, 6, 30), []),
        new("hung-yen-so-noi-vu", "Sở Nội vụ tỉnh Hưng Yên", UnitLevel.Department, "hung-yen", "hung-yen", null, null, []),
        new("thai-binh-so-noi-vu", "Sở Nội vụ tỉnh Thái Bình", UnitLevel.Department, "thai-binh", "thai-binh", null, new DateOnly(2025, 6, 30), []),
        new("thai-binh-huyen-dong-hung", "Huyện Đông Hưng", UnitLevel.District, "thai-binh", "thai-binh", null, new DateOnly(2025, 6, 30), []),
        new("xa-dong-hung", "Xã Đông Hưng", UnitLevel.Commune, "thai-binh", "thai-binh-huyen-dong-hung", null, new DateOnly(2025, 6, 30), []),
        new("xa-dong-hung", "Xã Đông Hưng", UnitLevel.Commune, "hung-yen", "hung-yen", ProvinceMap.ReformDate, null, ["Dong Hung commune"]),
    ]);
}
