using Tthc.Core.Access;
using Tthc.Core.Units;

namespace Tthc.Core.Tests.Access;

public sealed class CallerTests
{
    private static readonly UnitRegistry Registry = new(UnitRegistryCsv.Parse(
        "code,name,level,province,parent,valid_from,valid_to,aliases\n" +
        "ht-a,Xã A,commune,ha-tinh,ha-tinh,,,\n" +
        "hy-a,Xã B,commune,hung-yen,hung-yen,,,\n",
        "test.csv"));

    [Theory]
    [InlineData(AccessRole.Unit, "ht-a", "ht-a", true)]
    [InlineData(AccessRole.Unit, "ht-a", "hy-a", false)]
    [InlineData(AccessRole.Province, "ha-tinh", "ht-a", true)]
    [InlineData(AccessRole.Province, "ha-tinh", "hy-a", false)]
    [InlineData(AccessRole.Province, "ha-tinh", "unknown-unit", false)]
    [InlineData(AccessRole.Admin, "*", "unknown-unit", true)]
    public void CoversUnit_ByRoleAndRegistry(AccessRole role, string scope, string unit, bool covered)
    {
        Assert.Equal(covered, new Caller("k", role, scope).CoversUnit(unit, Registry));
    }

    [Theory]
    [InlineData(AccessRole.Province, "ha-tinh", "ha-tinh", true)]
    [InlineData(AccessRole.Province, "ha-tinh", "hung-yen", false)]
    [InlineData(AccessRole.Unit, "ha-tinh", "ha-tinh", false)]
    [InlineData(AccessRole.Admin, "*", "hung-yen", true)]
    public void CoversProvince_OnlyItsOwnOrAdmin(AccessRole role, string scope, string province, bool covered)
    {
        Assert.Equal(covered, new Caller("k", role, scope).CoversProvince(province));
    }

    [Fact]
    public void AccessKey_RevokedOrExpired_IsNotActive()
    {
        var now = new DateTimeOffset(2026, 12, 2, 9, 0, 0, TimeSpan.Zero);
        var key = new AccessKey("id", AccessRole.Unit, "ht-a", "hash", "admin", now.AddDays(-1), ExpiresAt: now.AddHours(1), RevokedAt: null);

        Assert.True(key.IsActiveAt(now));
        Assert.False(key.IsActiveAt(now.AddHours(1)));
        Assert.False((key with { RevokedAt = now.AddMinutes(-1) }).IsActiveAt(now));
    }
}
