using Tthc.Core.Extraction;
using Tthc.Core.Review;
using Tthc.Core.Validation;

namespace Tthc.Core.Tests.Review;

public sealed class ReviewPolicyTests
{
    private static readonly DateTimeOffset At = new(2026, 4, 2, 8, 0, 0, TimeSpan.FromHours(7));

    private static ReviewPolicy CreateSut() => new(0.9);

    private static ExtractedValue Read(string code, decimal value, double confidence, bool derived = false)
        => new(code, value, derived, confidence, derived ? null : new Evidence(12, $"{code}: {value}"));

    [Fact]
    public void Apply_ValueBelowThreshold_AwaitsReview()
    {
        var reviewed = CreateSut().Apply([Read("dossiers.received", 120, 0.85), Read("dossiers.resolved", 100, 0.95)], [], []);

        Assert.Equal(["dossiers.received"], reviewed.Awaiting);
        Assert.Equal(120m, reviewed.Values["dossiers.received"]);
    }

    [Theory]
    [InlineData(0.895, false)]
    [InlineData(0.894, true)]
    [InlineData(0.9, false)]
    public void NeedsReview_ComparesTheConfidenceAsShown_RoundedToTwoDecimals(double confidence, bool expected)
    {
        // 0.895 is shown as "0,90": it must not wait at a 0.9 threshold; 0.894 is shown as "0,89" and waits.
        Assert.Equal(expected, CreateSut().NeedsReview(Read("dossiers.received", 120, confidence), []));
    }

    [Fact]
    public void Apply_Decision_SettlesAValueNamedByAWarning()
    {
        var value = Read("dossiers.received", 120, 0.99);
        Finding[] findings = [Finding.Warning("outlier", "khác thường", ["dossiers.received"])];

        Assert.Equal(["dossiers.received"], CreateSut().Apply([value], findings, []).Awaiting);
        Assert.Empty(CreateSut().Apply([value], findings, [new("dossiers.received", ReviewAction.Confirm, 120, 120, value.Evidence, "unit", At)]).Awaiting);
    }

    [Fact]
    public void Apply_DerivedValue_DoesNotAwaitForItsConfidence()
    {
        Assert.Empty(CreateSut().Apply([Read("dossiers.received", 120, 0.5, derived: true)], [], []).Awaiting);
    }

    [Fact]
    public void Apply_ValueNamedByAWarning_AwaitsReview_ByAnErrorDoesNot()
    {
        var values = new[] { Read("dossiers.received", 120, 0.99), Read("dossiers.pending", 3, 0.99) };
        Finding[] findings = [Finding.Warning("outlier", "khác thường", ["dossiers.received"]), Finding.Error("x", "lỗi", ["dossiers.pending"])];

        Assert.Equal(["dossiers.received"], CreateSut().Apply(values, findings, []).Awaiting);
    }

    [Fact]
    public void Apply_Correction_ReplacesTheValue_LatestDecisionWins()
    {
        var read = Read("dossiers.received", 120, 0.5);
        ReviewDecision[] decisions =
        [
            new("dossiers.received", ReviewAction.Correct, 120, 126, read.Evidence, "unit", At),
            new("dossiers.received", ReviewAction.Correct, 120, 127, read.Evidence, "province", At.AddMinutes(5)),
        ];

        var reviewed = CreateSut().Apply([read], [], decisions);

        Assert.Equal(127m, reviewed.Values["dossiers.received"]);
        Assert.Empty(reviewed.Awaiting);
        Assert.Equal(ValueReviewState.Corrected, CreateSut().StateOf(read, [], decisions));
    }

    [Theory]
    [InlineData(0.95, ValueReviewState.NotNeeded)]
    [InlineData(0.5, ValueReviewState.Awaiting)]
    public void StateOf_Undecided_DependsOnConfidence(double confidence, ValueReviewState expected)
    {
        Assert.Equal(expected, CreateSut().StateOf(Read("dossiers.received", 1, confidence), [], []));
    }

    [Fact]
    public void StateOf_Confirmed_IsConfirmed()
    {
        var read = Read("dossiers.received", 1, 0.5);

        Assert.Equal(ValueReviewState.Confirmed, CreateSut().StateOf(read, [], [new("dossiers.received", ReviewAction.Confirm, 1, 1, read.Evidence, "unit", At)]));
    }
}
