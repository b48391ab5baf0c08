namespace Netra.Infra.Transitions;

/// <summary>What makes a step between two profiles unsafe in one `pulumi up`, and where the data says it.</summary>
/// <param name="Kind">Which hazard.</param>
/// <param name="Subject">The service or connector role it concerns.</param>
/// <param name="Message">What happens, in the words the plan and the error show.</param>
public sealed record TransitionHazard(TransitionHazardKind Kind, string Subject, string Message);

public enum TransitionHazardKind
{
    /// <summary>A service moves off a connector that the same step deletes.</summary>
    LeavesDeletedConnector,

    /// <summary>A connector that both profiles keep shrinks: GCP replaces it (delete, then create).</summary>
    ReplacesConnector,
}
