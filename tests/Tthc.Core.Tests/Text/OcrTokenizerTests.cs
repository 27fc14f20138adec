using System.Text;
using Tthc.Core.Text;

namespace Tthc.Core.Tests.Text;

public sealed class OcrTokenizerTests
{
    [Theory]
    [InlineData("+ Téng 5O hE} so di tiép nhan: 267.922", "tong so ho so da tiep nhan 267.922")]
    [InlineData("ch)ng s6 ho so dd giai quyét: 246.821", "tong so ho so da giai quyet 246.821")]
    [InlineData("- S6 ho so yéu cau bo sung: 1.414hd so", "so ho so yeu cau bo sung 1.414 ho so")]
    [InlineData("Ty 1& ho so tryc tuyén toan huyén dat 87,44 %", "ty le ho so truc tuyen toan huyen dat 87,44")]
    [InlineData("+Tyl¢ hd so thanh toan truc tuyén dat 36,74%.", "ty le ho so thanh toan truc tuyen dat 36,74")]
    [InlineData("giai quyét trudc han: 261.764, dang han: 40.890", "giai quyet truoc han 261.764 dung han 40.890")]
    [InlineData("cip x3 tiép nhan: 961 ho so", "cap xa tiep nhan 961 ho so")]
    [InlineData("Đã giải quyết ĐÚNG HẠN", "da giai quyet dung han")]
    public void Words_OcrDamagedLine_FoldsAndRepairs(string line, string expected)
        => Assert.Equal(expected, OcrTokenizer.Words(line));

    [Fact]
    public void Words_NfdAndNfcInput_GiveTheSameWords()
    {
        const string text = "Tổng số hồ sơ đã tiếp nhận trực tuyến";

        Assert.Equal(OcrTokenizer.Words(text.Normalize(NormalizationForm.FormC)), OcrTokenizer.Words(text.Normalize(NormalizationForm.FormD)));
    }

    [Fact]
    public void Tokenize_DatesAndDocumentNumbers_AreNotNumbers()
    {
        var tokens = new List<TextToken>();

        OcrTokenizer.Tokenize("Quyết định số 247/QĐ-UBND ngày 23/01/2024 đạt 74,88/100 điểm", 7, 2000, tokens);

        Assert.Contains(tokens, t => t is { Kind: TextTokenKind.Slashed, Text: "247/qdubnd" });
        Assert.Contains(tokens, t => t is { Kind: TextTokenKind.Slashed, Text: "23/01/2024" });
        Assert.Contains(tokens, t => t is { Kind: TextTokenKind.Number, Text: "74,88" });
        Assert.All(tokens, t => Assert.Equal(7, t.Line));
    }

    [Fact]
    public void Tokenize_VeryLongLine_ReadsOnlyTheCap()
    {
        var tokens = new List<TextToken>();

        OcrTokenizer.Tokenize(string.Concat(Enumerable.Repeat("hồ sơ ", 200_000)), 1, 2000, tokens);

        Assert.InRange(tokens.Count, 1, 1000);
    }
}
