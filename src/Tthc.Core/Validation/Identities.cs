using Tthc.Core.Units;

namespace Tthc.Core.Validation;

/// <summary>The table of consistency identities of DOMAIN.md ("Consistency rules"): data, not code.</summary>
public static class Identities
{
    /// <summary>The hard identities: an error when the total and every required term are present and they differ.</summary>
    public static IReadOnlyList<Identity> Hard { get; } =
    [
        new(
            "dossiers.received = carried_over + received_online + received_direct",
            "dossiers.received",
            [new("dossiers.carried_over"), new("dossiers.received_online"), new("dossiers.received_direct")]),
        new(
            "dossiers.resolved = early + on_time + late + rejected + withdrawn",
            "dossiers.resolved",
            [
                new("dossiers.resolved_in_time", Instead: ["dossiers.resolved_early", "dossiers.resolved_on_time"]),
                new("dossiers.resolved_late"),
                new("dossiers.rejected", Optional: true),
                new("dossiers.withdrawn", Optional: true),
            ]),
        new(
            "dossiers.resolved_in_time = early + on_time",
            "dossiers.resolved_in_time",
            [new("dossiers.resolved_early"), new("dossiers.resolved_on_time")]),
        new(
            "dossiers.pending = pending_in_time + pending_overdue",
            "dossiers.pending",
            [new("dossiers.pending_in_time"), new("dossiers.pending_overdue")]),
        new(
            "feedback.received = resolved + pending",
            "feedback.received",
            [new("feedback.resolved"), new("feedback.pending")]),
        new(
            "procedures.total = province_level + district_level + commune_level",
            "procedures.total",
            [
                new("procedures.province_level"),
                new("procedures.district_level", OptionalFrom: ProvinceMap.ReformDate),
                new("procedures.commune_level"),
            ]),
    ];

    /// <summary>The soft identities: a warning when they do not hold.</summary>
    public static IReadOnlyList<Identity> Soft { get; } =
    [
        new(
            "dossiers.received = resolved + pending (+ returned + supplement_requested)",
            "dossiers.received",
            [
                new("dossiers.resolved"),
                new("dossiers.pending"),
                new("dossiers.returned", Optional: true),
                new("dossiers.supplement_requested", Optional: true),
            ],
            Severity.Warning),
    ];
}
