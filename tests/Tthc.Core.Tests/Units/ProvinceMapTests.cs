using Tthc.Core.Units;

namespace Tthc.Core.Tests.Units;

public sealed class ProvinceMapTests
{
    [Fact]
    public void On_DayBeforeReform_Gives63Provinces() => Assert.Equal(63, ProvinceMap.Default.On(new DateOnly(2025, 6, 30)).Count());

    [Fact]
    public void On_ReformDay_Gives34Provinces() => Assert.Equal(34, ProvinceMap.Default.On(ProvinceMap.ReformDate).Count());

    [Theory]
    [InlineData("UBND TINH HUNG YEN", "hung-yen")]
    [InlineData("Hung Yén", "hung-yen")]
    [InlineData("Văn phòng UBND tỉnh Hưng Yên", "hung-yen")]
    [InlineData("TỈNH THÁI BÌNH", "thai-binh")]
    [InlineData("Thành phố Hồ Chí Minh", "ho-chi-minh")]
    [InlineData("TP.HCM", "ho-chi-minh")]
    [InlineData("Bà Rịa – Vũng Tàu", "ba-ria-vung-tau")]
    [InlineData("Dak Lak", "dak-lak")]
    [InlineData("Thanh Hoá", "thanh-hoa")]
    [InlineData("Thừa Thiên Huế", "thua-thien-hue")]
    [InlineData("Huế", "hue")]
    [InlineData("UBND tinh Ha Tinh", "ha-tinh")]
    public void Match_WrittenName_GivesProvinceCode(string name, string code) => Assert.Equal(code, ProvinceMap.Default.Match(name));

    [Fact]
    public void Match_UnknownName_GivesNull() => Assert.Null(ProvinceMap.Default.Match("Tỉnh Không Có"));

    [Theory]
    [InlineData("thai-binh", "2025-07-01", "hung-yen")]
    [InlineData("thai-binh", "2025-06-30", "thai-binh")]
    [InlineData("hai-duong", "2025-09-14", "hai-phong")]
    [InlineData("bac-giang", "2026-01-01", "bac-ninh")]
    [InlineData("ha-tinh", "2025-07-01", "ha-tinh")]
    [InlineData("thua-thien-hue", "2025-07-01", "hue")]
    public void SuccessorOn_Province_GivesProvinceInForceThatDay(string code, string date, string expected)
        => Assert.Equal(expected, ProvinceMap.Default.SuccessorOn(code, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void All_EveryMergedProvince_HasASuccessorInForceAfterTheReform()
    {
        var merged = ProvinceMap.Default.All.Where(p => p.ValidTo is not null).ToList();

        Assert.Equal(30, merged.Count);
        Assert.All(merged, p => Assert.True(ProvinceMap.Default.Find(p.Successor!)?.IsValidOn(ProvinceMap.ReformDate)));
    }
}
