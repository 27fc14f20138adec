using Tthc.Core.Submissions;

namespace Tthc.Core.Tests.Submissions;

public sealed class ReportVersionTests
{
    private static readonly DateTimeOffset Noon = new(2026, 4, 16, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Supersedes_LaterUpload_IsTrue()
        => Assert.True(new ReportVersion("s-a", Noon.AddHours(1)).Supersedes(new ReportVersion("s-b", Noon)));

    [Fact]
    public void Supersedes_EarlierUpload_IsFalse()
        => Assert.False(new ReportVersion("s-b", Noon).Supersedes(new ReportVersion("s-a", Noon.AddHours(1))));

    [Fact]
    public void Supersedes_SameInstant_IsSettledBySubmissionIdEitherWay()
    {
        var a = new ReportVersion("s-a", Noon);
        var b = new ReportVersion("s-b", Noon);

        Assert.Equal((true, false), (b.Supersedes(a), a.Supersedes(b)));
    }
}
