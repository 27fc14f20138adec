using Tthc.Core.Text;

namespace Tthc.Core.Tests.Text;

public sealed class VietnameseTextTests
{
    [Theory]
    [InlineData("Xã Đông Hưng", "xa dong hung")]
    [InlineData("Xa Ðông  Hưng", "xa dong hung")]
    [InlineData("ðông", "dong")]
    [InlineData("  HƯNG   YÊN ", "hung yen")]
    public void Fold_VietnameseText_GivesAsciiKey(string text, string expected) => Assert.Equal(expected, VietnameseText.Fold(text));

    [Theory]
    [InlineData("UBND TINH HUNG YEN", "hungyen")]
    [InlineData("Văn phòng UBND tỉnh Hưng Yên", "hungyen")]
    [InlineData("Thành phố Hồ Chí Minh", "hochiminh")]
    public void NameKey_PrefixedName_DropsPrefixes(string text, string expected) => Assert.Equal(expected, VietnameseText.NameKey(text));
}
