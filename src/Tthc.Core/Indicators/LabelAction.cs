namespace Tthc.Core.Indicators;

/// <summary>What a label says was done: tiếp nhận, giải quyết, đang giải quyết, trả lại…</summary>
/// <param name="Name">Name the families refer to, e.g. <c>receive</c>.</param>
/// <param name="Phrases">Folded phrases that say it.</param>
/// <param name="ContinuesAs">The action later clauses inherit from a head of this action (a rejection is an outcome of resolving); null: this one.</param>
public sealed record LabelAction(string Name, IReadOnlyList<string> Phrases, string? ContinuesAs = null);
