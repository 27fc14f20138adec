using Tthc.Core.Access;

namespace Tthc.Core.Tests.Access;

public sealed class AccessKeySecretTests
{
    [Fact]
    public void Generate_TwoKeys_DifferAndCarryTheirIds()
    {
        var (id1, key1) = AccessKeySecret.Generate();
        var (id2, key2) = AccessKeySecret.Generate();

        Assert.NotEqual(key1, key2);
        Assert.True(AccessKeySecret.TryReadId(key1, out var read1));
        Assert.Equal(id1, read1);
        Assert.True(AccessKeySecret.TryReadId(key2, out var read2));
        Assert.Equal(id2, read2);
    }

    [Fact]
    public void Generate_Secret_HasAtLeast128RandomBits()
    {
        var (id, key) = AccessKeySecret.Generate();

        var secret = key[$"tthc_{id}_".Length..];
        Assert.True(secret.Length * 6 >= 128, secret);
    }

    [Fact]
    public void Matches_OnlyTheKeyItsHashCameFrom()
    {
        var (_, key) = AccessKeySecret.Generate();
        var hash = AccessKeySecret.Hash(key);

        Assert.Equal(64, hash.Length);
        Assert.DoesNotContain(key, hash, StringComparison.Ordinal);
        Assert.True(AccessKeySecret.Matches(key, hash));
        Assert.False(AccessKeySecret.Matches(key + "x", hash));
    }

    [Theory]
    [InlineData("")]
    [InlineData("Bearer")]
    [InlineData("tthc_XYZ_secret")]
    [InlineData("tthc_0123456789abcdeF_secret")]
    [InlineData("tthc_0123456789abcde_secret")]
    public void TryReadId_NotThisFormat_False(string key)
    {
        Assert.False(AccessKeySecret.TryReadId(key, out _));
    }
}
