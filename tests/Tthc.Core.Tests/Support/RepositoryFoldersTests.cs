using Tthc.Testing;
using Xunit.Sdk;

namespace Tthc.Core.Tests.Support;

/// <summary>
/// The one rule for tests that need ../shared/samples: skip with the reason, or fail when CI requires the samples.
/// (The skip itself cannot be observed from inside a test: xunit marks the observing test skipped.)
/// </summary>
public sealed class RepositoryFoldersTests
{
    private static readonly string Missing = Path.Combine(Path.GetTempPath(), "tthc-no-such-folder-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void RequireShared_FolderThere_ReturnsIt()
    {
        var folder = Directory.CreateTempSubdirectory("tthc-shared-").FullName;

        Assert.Equal(folder, RepositoryFolders.RequireShared(folder, required: true));
    }

    [Fact]
    public void RequireShared_FolderMissingUnderCi_Fails()
    {
        var failure = Assert.Throws<FailException>(() => RepositoryFolders.RequireShared(Missing, required: true));

        Assert.Contains(Missing, failure.Message, StringComparison.Ordinal);
        Assert.Contains(RepositoryFolders.RequireSharedVariable, failure.Message, StringComparison.Ordinal);
    }
}
