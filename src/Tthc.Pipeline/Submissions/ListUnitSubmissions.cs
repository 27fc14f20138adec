using Tthc.Pipeline.Ports;

namespace Tthc.Pipeline.Submissions;

/// <summary>A unit's submissions with their status, newest first: what the unit's page lists.</summary>
public sealed class ListUnitSubmissions(ISubmissionStore submissions)
{
    /// <summary>Lists the submissions of <paramref name="unitCode"/>.</summary>
    public Task<IReadOnlyList<Submission>> ExecuteAsync(string unitCode, CancellationToken cancellationToken = default)
        => submissions.ListByUnitAsync(unitCode, cancellationToken);
}
