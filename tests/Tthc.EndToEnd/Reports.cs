using System.Globalization;
using System.Text;

namespace Tthc.EndToEnd;

/// <summary>Canonical-template reports and registries written by the tests.</summary>
internal static class Reports
{
    public const string RegistryHeader = "code,name,level,province,parent,valid_from,valid_to,aliases\n";

    public static string Csv(string unit, string period, IReadOnlyDictionary<string, decimal> values)
    {
        var sb = new StringBuilder("unit,period,indicator,value\n");
        foreach (var (code, value) in values)
        {
            sb.Append(CultureInfo.InvariantCulture, $"{unit},{period},{code},{value}\n");
        }

        return sb.ToString();
    }

    /// <summary>A consistent set of dossier counts for a unit.</summary>
    public static Dictionary<string, decimal> Counts(int carried, int online, int direct, int pending, decimal digitized) => new()
    {
        ["dossiers.received"] = carried + online + direct,
        ["dossiers.carried_over"] = carried,
        ["dossiers.received_online"] = online,
        ["dossiers.received_direct"] = direct,
        ["dossiers.resolved"] = carried + online + direct - pending,
        ["dossiers.pending"] = pending,
        ["rate.digitized_dossiers"] = digitized,
    };
}
