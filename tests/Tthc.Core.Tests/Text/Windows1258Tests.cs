using System.Text;
using Tthc.Core.Text;

namespace Tthc.Core.Tests.Text;

public sealed class Windows1258Tests
{
    [Theory]
    [InlineData("Tổng số hồ sơ đã tiếp nhận")]
    [InlineData("ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN")]
    [InlineData("Phường Ngọc Thụy, đặc khu Phú Quốc: 98,9%")]
    public void Decode_EncodedVietnamese_RoundTripsToNfc(string text)
    {
        var decoded = Windows1258.Decode(Windows1258.Encode(text));

        Assert.Equal(text.Normalize(NormalizationForm.FormC), decoded);
        Assert.True(decoded.IsNormalized(NormalizationForm.FormC));
    }

    [Fact]
    public void Map_VietnameseCodePoints_AreTheCodePageOnes()
    {
        Assert.Equal('Đ', Windows1258.Map(0xD0));
        Assert.Equal('ư', Windows1258.Map(0xFD));
        Assert.Equal('\u0301', Windows1258.Map(0xEC));
        Assert.Equal('₫', Windows1258.Map(0xFE));
    }
}
