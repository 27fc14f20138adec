using Tthc.Core.Exports;

namespace Tthc.Core.Tests.Exports;

public sealed class CellTextTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")")]
    [InlineData("+cmd", "'+cmd")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tx", "'\tx")]
    [InlineData("\rx", "'\rx")]
    public void Escape_FormulaStart_PrefixesQuote(string text, string expected) => Assert.Equal(expected, CellText.Escape(text));

    [Theory]
    [InlineData("Xã Khúc Thừa Dụ")]
    [InlineData("267.922")]
    [InlineData("a=b")]
    [InlineData("")]
    public void Escape_OrdinaryText_LeavesItAlone(string text) => Assert.Equal(text, CellText.Escape(text));
}
