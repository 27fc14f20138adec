using Tthc.Core.Extraction.Narrative;
using Tthc.Core.Tests.Support;
using Tthc.Core.Units;

namespace Tthc.Core.Tests.Extraction;

public sealed class IndicatorLexiconTests
{
    public static TheoryData<string> CatalogCodes => [.. TestCatalog.BuiltIn.All.Select(d => d.Code)];

    private static IndicatorLexicon CreateSut() => new IndicatorLexicon(TestCatalog.BuiltIn);

    [Theory]
    [MemberData(nameof(CatalogCodes))]
    public void ClassifyText_CatalogLabel_GivesItsOwnCode(string code)
    {
        var label = TestCatalog.BuiltIn[code].Label;

        var match = CreateSut().ClassifyText(label, UnitLevel.Commune);

        Assert.Equal(code, match.Code);
    }

    [Theory]
    [InlineData("Téng 5O hE} so di tiép nhan", "dossiers.received")]
    [InlineData("ch)ng s6 ho so dd giai quyét", "dossiers.resolved")]
    [InlineData("S6 hd so ky trude chuyén qua 1a", "dossiers.carried_over")]
    [InlineData("Ty 1& ho so tryc tuyén toan huyén dat", "rate.online_dossiers")]
    [InlineData("+Tyl¢ hd so thanh toan truc tuyén dat", "rate.online_payment")]
    [InlineData("S6 phan anh, kién nghi da xur 1y", "feedback.resolved")]
    public void ClassifyText_OcrDamagedLabel_GivesCode(string label, string code)
        => Assert.Equal(code, CreateSut().ClassifyText(label, UnitLevel.Province).Code);

    [Theory]
    [InlineData("Tỷ lệ hồ sơ trực tuyến cấp xã đạt")]
    [InlineData("Tỷ lệ hồ sơ do các sở, ngành tiếp nhận được giải quyết đúng hạn")]
    [InlineData("Tại Bộ phận Một cửa cấp huyện đã giải quyết hồ sơ")]
    public void ClassifyText_SubUnitOfProvince_IsBreakdown(string label)
        => Assert.True(CreateSut().ClassifyText(label, UnitLevel.Province).IsBreakdown);

    [Fact]
    public void ClassifyText_CommuneLevelInCommuneReport_IsNotBreakdown()
        => Assert.False(CreateSut().ClassifyText("Tỷ lệ hồ sơ trực tuyến cấp xã đạt", UnitLevel.Commune).IsBreakdown);

    [Theory]
    [InlineData("Tỷ lệ TTHC có giao dịch thanh toán trực tuyến")]
    [InlineData("Tỷ lệ hồ sơ trực tuyến toàn trình")]
    [InlineData("Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa")]
    [InlineData("Số TTHC nội bộ được công bố")]
    public void ClassifyText_NotACatalogIndicator_GivesNoCode(string label)
        => Assert.Null(CreateSut().ClassifyText(label, UnitLevel.Province).Code);

    [Theory]
    [InlineData("đúng hạn", "dossiers.resolved", "dossiers.resolved_on_time")]
    [InlineData("trước hạn và đúng hạn", "dossiers.resolved", "dossiers.resolved_in_time")]
    [InlineData("trong hạn", "dossiers.pending", "dossiers.pending_in_time")]
    [InlineData("cấp xã là", "procedures.total", "procedures.commune_level")]
    public void Classify_ShortClauseAfterHead_InheritsHead(string clause, string head, string code)
        => Assert.Equal(code, CreateSut().Classify(Tthc.Core.Text.OcrTokenizer.Words(clause), head, UnitLevel.Province).Code);
}
