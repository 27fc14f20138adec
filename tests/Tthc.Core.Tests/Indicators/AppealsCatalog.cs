using System.Text.Json.Nodes;
using Tthc.Core.Indicators;

namespace Tthc.Core.Tests.Indicators;

/// <summary>
/// A TEST catalog: the built-in data file with one more group of indicators added as data only — appeals
/// (đơn khiếu nại) received = resolved + pending, and the share resolved as a ratio of summed parts.
/// </summary>
internal static class AppealsCatalog
{
    public static IndicatorCatalog Create()
    {
        var root = JsonNode.Parse(IndicatorCatalogFile.ReadBuiltInText())!;
        root["reading"]!["subjects"]!.AsArray().Add(JsonNode.Parse("""
            { "name": "appeals", "nouns": [ "khieu nai" ], "actions": [ "pending", "receive", "resolve" ] }
            """));
        var indicators = root["indicators"]!.AsArray();
        foreach (var entry in new[]
        {
            """
            {
              "code": "appeals.received", "label": "Tổng số đơn khiếu nại đã tiếp nhận", "english": "Appeals received",
              "kind": "count", "unit": "đơn", "rollup": { "method": "sum" },
              "sums": [ { "parts": [ "appeals.resolved", "appeals.pending" ] } ],
              "draft": { "paragraph": 8 },
              "read": { "head": true, "families": [ { "subject": "appeals", "action": "receive" } ] }
            }
            """,
            """
            {
              "code": "appeals.resolved", "label": "Đơn khiếu nại đã giải quyết", "english": "Appeals resolved",
              "kind": "count", "unit": "đơn", "rollup": { "method": "sum" },
              "draft": { "phrase": "đã giải quyết" },
              "read": { "families": [ { "subject": "appeals", "action": "resolve" } ] }
            }
            """,
            """
            {
              "code": "appeals.pending", "label": "Đơn khiếu nại đang giải quyết", "english": "Appeals pending",
              "kind": "count", "unit": "đơn", "rollup": { "method": "sum" },
              "draft": { "phrase": "đang giải quyết" },
              "read": { "families": [ { "subject": "appeals", "action": "pending" } ] }
            }
            """,
            """
            {
              "code": "rate.appeals_resolved", "label": "Tỷ lệ đơn khiếu nại được giải quyết", "english": "Appeals resolved, share",
              "kind": "rate", "unit": "%",
              "rollup": { "method": "ratio", "numerator": [ "appeals.resolved" ], "denominator": [ "appeals.received" ], "basis": "Σ đã giải quyết / Σ tiếp nhận — Σ resolved / Σ received" },
              "draft": { "paragraph": 8 },
              "read": { "families": [ { "rate": true, "subject": "appeals", "all": [ [ "giai quyet" ] ] } ] }
            }
            """,
        })
        {
            indicators.Add(JsonNode.Parse(entry));
        }

        return IndicatorCatalogFile.Parse(root.ToJsonString(), "appeals-catalog.json");
    }
}
