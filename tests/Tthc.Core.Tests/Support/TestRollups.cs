using Tthc.Core.Rollups;
using Tthc.Core.Units;

namespace Tthc.Core.Tests.Support;

/// <summary>A known rollup: Hưng Yên 2025-Q3's figures from four communes, three units missing (two with hostile names).</summary>
internal static class TestRollups
{
    public static readonly string[] Contributors = ["xa-1", "xa-2", "xa-3", "xa-4"];

    public static Rollup HungYen(IReadOnlyList<MissingUnit>? missing = null)
    {
        (string Code, decimal Value)[] sums =
        [
            ("dossiers.received", 267_922), ("dossiers.carried_over", 1_730), ("dossiers.received_online", 240_427),
            ("dossiers.received_direct", 25_765), ("dossiers.resolved", 246_821), ("dossiers.resolved_on_time", 244_695),
            ("dossiers.resolved_late", 2_126), ("dossiers.pending", 9_848), ("dossiers.pending_in_time", 9_265),
            ("dossiers.pending_overdue", 583), ("feedback.received", 70), ("feedback.resolved", 45), ("feedback.pending", 25),
            ("procedures.total", 2_273), ("procedures.province_level", 1_839), ("procedures.commune_level", 434),
        ];
        List<RollupValue> values =
        [
            .. sums.Select(s => new RollupValue(s.Code, s.Value, RollupMethod.Sum, Contributors)),
            new("rate.online_dossiers", 90.32m, RollupMethod.Ratio, Contributors, Basis: "Σ trực tuyến / Σ (trực tuyến + trực tiếp) — Σ online / Σ (online + direct)"),
            new("rate.digitized_dossiers", 98.9m, RollupMethod.Mean, Contributors, 97.5m, 99.6m, "trung bình có trọng số theo tổng hồ sơ tiếp nhận — mean weighted by dossiers.received"),
        ];
        missing ??=
        [
            new("xa-a", "=HYPERLINK(\"http://evil.example\",\"Xã A\")", UnitLevel.Commune),
            new("xa-b", "+cmd|' /C calc'!A0", UnitLevel.Commune),
            new("so-noi-vu", "Sở Nội vụ", UnitLevel.Department),
        ];
        return new Rollup(
            "hung-yen",
            "2025-Q3",
            Contributors.Length + missing.Count,
            Contributors.Length,
            missing,
            [],
            null,
            values,
            new Dictionary<UnitLevel, IReadOnlyList<RollupValue>> { [UnitLevel.Commune] = values },
            DateTimeOffset.UnixEpoch);
    }
}
